import { processIO, type CliIO } from './io.js';
import { InputError } from '../InputError.js';
import { InvariantViolation } from '../monitor/InvariantViolation.js';

type CommandRun = (args: readonly string[], io: CliIO) => number | Promise<number>;

// Each command's module is imported only when that command runs: loading them all (the HTML
// report, the inspector's WebSocket relay, Graphviz, the exercises...) cost `simulate` of one case
// more than its run. The summaries stay here so that --help needs none of them.
const lazy =
  <K extends string>(load: () => Promise<Record<K, CommandRun>>, name: K): CommandRun =>
  async (args, io) =>
    (await load())[name](args, io);

const commands: Record<string, { summary: string; run: CommandRun }> = {
  simulate: { summary: 'Monte Carlo run of a population scenario (the baseline by default)', run: lazy(() => import('./commands/simulateCommand.js'), 'simulateCommand') },
  calibrate: { summary: 'which assumptions are consistent with the record; a calibrated scenario', run: lazy(() => import('./commands/calibrateCommand.js'), 'calibrateCommand') },
  compare: { summary: 'two readings or scenarios on common random numbers: paired differences, intervals', run: lazy(() => import('./commands/compareCommand.js'), 'compareCommand') },
  merge: { summary: 'combine the partial results of sharded runs (simulate, calibrate, sweep --shard i/N)', run: lazy(() => import('./commands/mergeCommand.js'), 'mergeCommand') },
  case: { summary: 'run one case and explain it, clause by clause (--interactive to step it)', run: lazy(() => import('./commands/caseCommand.js'), 'caseCommand') },
  diagram: { summary: 'a case kind\u2019s statechart as Mermaid, Graphviz DOT or SVG', run: lazy(() => import('./commands/diagramCommand.js'), 'diagramCommand') },
  'export-log': { summary: 'traces as an OCEL 2.0, XES or CSV event log for process mining', run: lazy(() => import('./commands/exportLogCommand.js'), 'exportLogCommand') },
  inspect: { summary: 'stream cases to the XState inspector protocol through a local relay', run: lazy(() => import('./commands/inspectCommand.js'), 'inspectCommand') },
  viewer: { summary: 'the offline viewer (statechart, events, clauses) and a relay on 127.0.0.1', run: lazy(() => import('./commands/viewerCommand.js'), 'viewerCommand') },
  verify: { summary: 'exhaustive check: reachability, paths, decision-table gaps and overlaps', run: lazy(() => import('./commands/verifyCommand.js'), 'verifyCommand') },
  clauses: { summary: 'the clause <-> states/transitions matrix, from the machines\u2019 meta', run: lazy(() => import('./commands/clausesCommand.js'), 'clausesCommand') },
  readings: { summary: 'the readings (interpretations) the model makes, with defaults', run: lazy(() => import('./commands/readingsCommand.js'), 'readingsCommand') },
  machine: { summary: 'a case kind\u2019s machine as JSON for Stately\u2019s editor (named guards and actions)', run: lazy(() => import('./commands/machineCommand.js'), 'machineCommand') },
  report: { summary: 'a simulate or compare --format json result as one self-contained HTML page', run: lazy(() => import('./commands/reportCommand.js'), 'reportCommand') },
  exercise: { summary: 'the teaching kit\u2019s exercises: list, print a task, check your file', run: lazy(() => import('./commands/exerciseCommand.js'), 'exerciseCommand') },
  sweep: { summary: 'a design of scenario points, replications added until intervals are narrow enough; tidy rows', run: lazy(() => import('./commands/sweepCommand.js'), 'sweepCommand') },
};

const help = (): string => `cable1957 \u2014 the PRC cable of 17 December 1957 as executable statecharts.
A descriptive model of a historical, coercive policy: for study, not for decisions about real people.

Usage: cable1957 <command> [options]      (default command: simulate)

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(11)} ${c.summary}`)
  .join('\n')}

Run "cable1957 <command> --help" for a command's options.
`;

/**
 * Runs the CLI on `argv` (without node and script) and returns the exit code: 0 on success,
 * 2 on bad input (one line on stderr, no stack trace), 1 on an internal error or a failed read or write.
 */
export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    io.out(help());
    return 0;
  }
  const name = first === undefined || first.startsWith('-') ? 'simulate' : first;
  const args = first === undefined || first.startsWith('-') ? argv : rest;
  const command = commands[name];
  try {
    if (!command) throw new InputError(`unknown command "${name}"; the commands are: ${Object.keys(commands).join(', ')} (see "cable1957 --help")`);
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`cable1957: ${error.message}\n`);
      return 2;
    }
    if (error instanceof InvariantViolation) {
      io.err(`cable1957: ${error.message}\n`);
      return 3;
    }
    // A failed read or write (a full disk, a vanished directory) is the system's, not a bug: no "internal error".
    const system = typeof (error as NodeJS.ErrnoException)?.code === 'string' && /^E[A-Z0-9]+$/.test((error as NodeJS.ErrnoException).code!);
    io.err(`cable1957: ${system ? '' : 'internal error: '}${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
}
