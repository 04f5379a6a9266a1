#!/usr/bin/env node
import { readFileSync, readlinkSync } from 'node:fs';
import { runCli } from './runCli.js';

// The process entry: everything testable lives in runCli; this only wires the process.

// Signals end every command with the shell's 128 + signal number. process.exit runs the 'exit'
// handlers synchronously — they remove temporary output files and the OCEL spool — and ends
// worker threads with the process. A long replication yields to the event loop often enough for
// these handlers to run within a fraction of a second (simulatePartial).
const signalCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
for (const [signal, code] of Object.entries(signalCodes)) {
  process.once(signal, () => {
    if (signal === 'SIGINT') process.stderr.write('\ncable1957: interrupted\n');
    process.exit(code);
  });
}

// Standard output that cannot be written is a failure, not a success with nothing written
// (`> /dev/full`): one line, exit 1. A closed pipe (`... | head`) is a normal end: quietly 0,
// as with any filter whose reader has seen enough.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`cable1957: cannot write to standard output (${error.code ?? error.message})\n`);
  process.exit(1);
});

// Node reopens a closed standard output (`>&-`) on /dev/null, read-write, so writes would vanish
// silently; a shell's own `> /dev/null` is write-only. Seen that way (Linux), writing fails as it
// would have: EBADF.
function stdoutWasClosed(): boolean {
  try {
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)$/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
    return flags !== undefined && (parseInt(flags, 8) & 3) === 2;
  } catch {
    return false;
  }
}
if (stdoutWasClosed()) {
  process.stdout._write = (chunk: Buffer | string, _encoding, callback) =>
    chunk.length === 0 ? callback() : callback(Object.assign(new Error('closed'), { code: 'EBADF' }));
}

const code = await runCli(process.argv.slice(2));
// Let a failed write's 'error' arrive (it is emitted on the next tick) before exiting with success.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
// Exit explicitly: a WebSocket client (the inspector's) may keep the event loop alive otherwise.
// Standard output to pipes and files is synchronous on Linux, so nothing written is lost.
process.exit(code);
