#!/usr/bin/env node
import { runCli } from './runCli.js';

// The process entry: everything testable lives in runCli; this only wires the process.
// Ctrl-C exits through process.exit, so 'exit' handlers remove temporary files (no half-written output).
process.once('SIGINT', () => {
  process.stderr.write('\ncable1957: interrupted\n');
  process.exit(130);
});
// A closed pipe (`cable1957 export-log ... | head`) is a normal end, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
// Exit explicitly: a WebSocket client (the inspector's) may keep the event loop alive otherwise.
// Standard output to pipes and files is synchronous on Linux, so nothing written is lost.
process.exit(await runCli(process.argv.slice(2)));
