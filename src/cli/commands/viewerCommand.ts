import { startRelay } from '../../inspect/startRelay.js';
import { viewerFiles } from '../../inspect/viewerFiles.js';
import type { CliIO } from '../io.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { parseInteger } from '../parseInteger.js';

const help = `Usage: cable1957 viewer [--port P]

Serves the offline viewer on 127.0.0.1 (no internet, no CDN: everything is bundled) together
with an inspection relay on the same port. Then stream cases to it from another terminal:
  cable1957 inspect --relay ws://127.0.0.1:P
It shows each case's statechart with the current state highlighted, its events with actor,
simulated date and clauses, and its outcome. Ctrl-C stops it.

Options:
  --port P   the port (default 7957; 0 picks a free one)
`;

const exitCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Resolves, with the exit code the signal calls for (128 + its number: 130 for Ctrl-C, 143 for
 * SIGTERM, 129 for SIGHUP, as every command exits), when the process is asked to stop. Until
 * then those signals are caught, so the relay can be closed first; `dispose` stops listening.
 */
export function untilInterrupted(): { readonly signalled: Promise<number>; dispose(): void } {
  let handlers: [NodeJS.Signals, () => void][] = [];
  const dispose = () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    handlers = [];
  };
  const signalled = new Promise<number>((resolve) => {
    handlers = (Object.keys(exitCodes) as (keyof typeof exitCodes)[]).map((signal) => [signal, () => (dispose(), resolve(exitCodes[signal]))]);
    for (const [signal, handler] of handlers) process.once(signal, handler);
  });
  return { signalled, dispose };
}

/** `cable1957 viewer`: the offline viewer and a relay, on 127.0.0.1. */
export async function viewerCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('viewer', args, { port: { type: 'string', default: '7957' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.out(help);
    return 0;
  }
  const port = parseInteger('viewer', 'port', values.port, 0, 65535);
  // Listening before the links are out: whoever reads them may signal at once.
  const interrupted = untilInterrupted();
  try {
    const relay = await startRelay({ port, files: viewerFiles() });
    io.out(`Viewer:  ${relay.httpUrl}/\nRelay:   ${relay.wsUrl}   (cable1957 inspect --relay ${relay.wsUrl})\nCtrl-C stops it.\n`);
    const code = await interrupted.signalled;
    await relay.stop();
    io.out('viewer stopped\n');
    return code;
  } finally {
    interrupted.dispose();
  }
}
