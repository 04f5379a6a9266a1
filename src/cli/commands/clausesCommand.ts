import { cable, caseMachines, notModeled } from '../../../machines/index.js';
import { clauseMatrix } from '../../structure/clauseMatrix.js';
import { formatClauseMatrix } from '../../structure/formatClauseMatrix.js';
import type { CliIO } from '../io.js';
import { oneOf, parseCommandArgs } from '../parseCommandArgs.js';

const help = `Usage: cable1957 clauses [--format text|markdown|json]

Prints the clause <-> model matrix: for every clause of the cable, the states and transitions
of each case machine that cite it (read from the machines' meta), or why it is not modeled.

Options:
  --format   text (default), markdown (the README's table) or json
  -h, --help show this help
`;

/** `cable1957 clauses`: the clause ↔ states/transitions matrix, generated from the machines' meta. */
export function clausesCommand(args: readonly string[], io: CliIO): number {
  const { values } = parseCommandArgs('clauses', args, {
    format: { type: 'string', default: 'text' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(help);
    return 0;
  }
  const format = oneOf('clauses', 'format', values.format, ['text', 'markdown', 'json'] as const);
  io.out(formatClauseMatrix(clauseMatrix(caseMachines, cable.clauses, notModeled), format));
  return 0;
}
