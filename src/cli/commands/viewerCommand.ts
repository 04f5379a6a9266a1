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

/** Resolves when the process is asked to stop (Ctrl-C or SIGTERM). */
export const untilInterrupted = () =>
  new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

/** `cable1957 viewer`: the offline viewer and a relay, on 127.0.0.1. */
export async function viewerCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('viewer', args, { port: { type: 'string', default: '7957' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.out(help);
    return 0;
  }
  const port = parseInteger('viewer', 'port', values.port, 0, 65535);
  const relay = await startRelay({ port, files: viewerFiles() });
  io.out(`Viewer:  ${relay.httpUrl}/\nRelay:   ${relay.wsUrl}   (cable1957 inspect --relay ${relay.wsUrl})\nCtrl-C stops it.\n`);
  await untilInterrupted();
  await relay.stop();
  io.out('viewer stopped\n');
  return 0;
}
