import { caseKindNames } from '../../case/caseModel.js';
import { openCase } from '../../case/openCase.js';
import { explain } from '../../case/explain.js';
import { connectInspector } from '../../inspect/connectInspector.js';
import { scriptCases } from '../../inspect/scriptCases.js';
import { startRelay, type Relay } from '../../inspect/startRelay.js';
import { streamCases } from '../../inspect/streamCases.js';
import { viewerFiles } from '../../inspect/viewerFiles.js';
import { InputError } from '../../InputError.js';
import type { CliIO } from '../io.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { parseInteger } from '../parseInteger.js';
import { scenarioFrom } from '../scenarioFrom.js';
import { wrapToTerminal } from '../wrapToTerminal.js';
import { stepInteractively } from './stepInteractively.js';
import { untilInterrupted } from './viewerCommand.js';

const help = () => `Usage: cable1957 inspect [<kind>] [options]

Streams cases, one XState actor each, to an inspection relay, so you can watch them move in the
offline viewer or in the Stately inspector. Without --relay it starts a relay (and the viewer)
on 127.0.0.1 and prints the links. Kinds: ${caseKindNames().join(', ')} (default: all in turn).

Options:
  --scenario NAME|FILE  where the cases' facts and behaviour come from (default baseline)
  --cases N             how many cases to stream (default 3)
  --pace MS             milliseconds between events (default 700)
  --port P              port of the relay this command starts (default 7957; 0 = any free one)
  --relay URL           use a running relay instead (e.g. ws://127.0.0.1:7957 from "cable1957 viewer")
  --step                choose each event yourself in the terminal (one case of <kind>; --facts sets its facts)
  --facts k=v,...       facts for --step
  --hold                keep the relay and viewer up after streaming, until Ctrl-C
                        (the default on a terminal, except with --step, which ends with
                        its case, on q or at the end of input; elsewhere it exits when done)
`;

/** \`cable1957 inspect\`: cases streamed to the XState inspector protocol, through a local relay. */
export async function inspectCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'inspect',
    args,
    {
      scenario: { type: 'string' },
      cases: { type: 'string', default: '3' },
      pace: { type: 'string', default: '700' },
      port: { type: 'string', default: '7957' },
      relay: { type: 'string' },
      step: { type: 'boolean' },
      facts: { type: 'string' },
      hold: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.out(help());
    return 0;
  }
  const kind = positionals[0];
  if (positionals.length > 1) throw new InputError(`inspect: one kind at a time; got ${positionals.join(', ')}`);
  if (kind !== undefined && !caseKindNames().includes(kind)) throw new InputError(`unknown case kind "${kind}"; the kinds are: ${caseKindNames().join(', ')}`);
  if (values.step && kind === undefined) throw new InputError('inspect: --step needs a kind');
  if (values.facts !== undefined && !values.step) throw new InputError('inspect: --facts sets the facts of the --step case; add --step, or drop --facts');
  const count = parseInteger('inspect', 'cases', values.cases, 1, 10000);
  const pace = parseInteger('inspect', 'pace', values.pace, 0, 60000);
  const scenario = scenarioFrom(values.scenario).scenario;

  // A signal at any point closes the relay first, then exits 130 (Ctrl-C), 143 (SIGTERM) or 129.
  const interrupted = untilInterrupted();
  const aborted = new AbortController();
  let relay: Relay | undefined;
  try {
    let url = values.relay;
    if (url === undefined) {
      relay = await startRelay({ port: parseInteger('inspect', 'port', values.port, 0, 65535), files: viewerFiles() });
      url = relay.wsUrl;
      io.out(`Offline viewer:    ${relay.httpUrl}/\nStately inspector: ${relay.httpUrl}/stately   (needs the internet)\n`);
    }
    const work = (async () => {
      const inspector = await connectInspector(url);
      try {
        if (values.step) {
          const run = openCase(kind!, values.facts ?? {}, { inspect: inspector.inspect, eventDetails: ({ time }) => ({ at: time }) });
          await stepInteractively(run, io);
          io.out(wrapToTerminal(explain(run.trace()), io));
        } else {
          io.out(`Streaming ${count} case${count === 1 ? '' : 's'} from scenario "${scenario.name}" to ${url}, one event every ${pace} ms…\n`);
          await streamCases(scriptCases(scenario, count, kind), {
            inspect: inspector.inspect,
            paceMs: pace,
            signal: aborted.signal,
            onCase: (t) => io.out(`  ${t.caseId} (${t.kind}): ${t.steps.map((s) => s.to).join(' > ') || t.state} — ${t.outcome ?? 'open'}\n`),
          });
        }
      } finally {
        await inspector.stop();
      }
      // Streamed cases stay on view until Ctrl-C on a terminal; a stepped case ends with its
      // stepper (the case is over, or q, or end of input): the page keeps showing it.
      if (relay && (values.hold || (process.stdout.isTTY && !values.step))) {
        io.out('Done. The viewer stays up until Ctrl-C.\n');
        return interrupted.signalled;
      }
      return 0;
    })();
    work.catch(() => undefined); // after a signal, whatever the abandoned work does is moot
    const code = await Promise.race([work, interrupted.signalled]);
    aborted.abort();
    return code;
  } finally {
    interrupted.dispose();
    await relay?.stop();
  }
}
