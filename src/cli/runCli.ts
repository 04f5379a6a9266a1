import { calibrateCommand } from './commands/calibrateCommand.js';
import { caseCommand } from './commands/caseCommand.js';
import { clausesCommand } from './commands/clausesCommand.js';
import { compareCommand } from './commands/compareCommand.js';
import { diagramCommand } from './commands/diagramCommand.js';
import { exerciseCommand } from './commands/exerciseCommand.js';
import { exportLogCommand } from './commands/exportLogCommand.js';
import { machineCommand } from './commands/machineCommand.js';
import { mergeCommand } from './commands/mergeCommand.js';
import { inspectCommand } from './commands/inspectCommand.js';
import { viewerCommand } from './commands/viewerCommand.js';
import { verifyCommand } from './commands/verifyCommand.js';
import { readingsCommand } from './commands/readingsCommand.js';
import { reportCommand } from './commands/reportCommand.js';
import { simulateCommand } from './commands/simulateCommand.js';
import { sweepCommand } from './commands/sweepCommand.js';
import { processIO, type CliIO } from './io.js';
import { InputError } from '../InputError.js';
import { InvariantViolation } from '../monitor/InvariantViolation.js';

const commands: Record<string, { summary: string; run: (args: readonly string[], io: CliIO) => number | Promise<number> }> = {
  simulate: { summary: 'Monte Carlo run of a population scenario (the baseline by default)', run: simulateCommand },
  calibrate: { summary: 'which assumptions are consistent with the record; a calibrated scenario', run: calibrateCommand },
  compare: { summary: 'two readings or scenarios on common random numbers: paired differences, intervals', run: compareCommand },
  merge: { summary: 'combine the partial results of sharded runs (simulate, calibrate, sweep --shard i/N)', run: mergeCommand },
  case: { summary: 'run one case and explain it, clause by clause (--interactive to step it)', run: caseCommand },
  diagram: { summary: 'a case kind\u2019s statechart as Mermaid, Graphviz DOT or SVG', run: diagramCommand },
  'export-log': { summary: 'traces as an OCEL 2.0, XES or CSV event log for process mining', run: exportLogCommand },
  inspect: { summary: 'stream cases to the XState inspector protocol through a local relay', run: inspectCommand },
  viewer: { summary: 'the offline viewer (statechart, events, clauses) and a relay on 127.0.0.1', run: viewerCommand },
  verify: { summary: 'exhaustive check: reachability, paths, decision-table gaps and overlaps', run: verifyCommand },
  clauses: { summary: 'the clause <-> states/transitions matrix, from the machines\u2019 meta', run: clausesCommand },
  readings: { summary: 'the readings (interpretations) the model makes, with defaults', run: readingsCommand },
  machine: { summary: 'a case kind\u2019s machine as JSON for Stately\u2019s editor (named guards and actions)', run: machineCommand },
  report: { summary: 'a simulate --format json result as one self-contained HTML page (charts, record checks)', run: reportCommand },
  exercise: { summary: 'the teaching kit\u2019s exercises: list, print a task, check your file', run: exerciseCommand },
  sweep: { summary: 'a design of scenario points, replications added until intervals are narrow enough; tidy rows', run: sweepCommand },
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
