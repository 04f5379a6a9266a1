import { constants } from 'node:buffer';
import { InputError } from '../../InputError.js';
import { formatResult, resultFormats } from '../../report/formatResult.js';
import { emit } from '../emit.js';
import { mergeResults } from '../../simulate/mergeResults.js';
import { checkPartial } from '../../simulate/checkPartial.js';
import { checkOutPath } from '../checkOutPath.js';
import type { CliIO } from '../io.js';
import { oneOf, parseCommandArgs } from '../parseCommandArgs.js';
import { readJsonFile } from '../readJsonFile.js';

const help = `Usage: cable1957 merge PARTIAL.json... [--format table|json|csv|html] [--out FILE]

Combines the partial results of "cable1957 simulate --shard i/N" (one per shard, in any order)
into the result of the whole run: byte-identical to running it unsharded.
`;

/** `cable1957 merge`: partial results of shards into the whole run's result. */
export async function mergeCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'merge',
    args,
    { format: { type: 'string', default: 'table' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values.help) {
    io.out(help);
    return 0;
  }
  checkOutPath('merge', 'out', values.out);
  const format = oneOf('merge', 'format', values.format, resultFormats);
  if (positionals.length === 0) throw new InputError('merge: give the partial result files of every shard');
  // Partials come from files anyone can edit: each is checked against the machines before merging.
  // They grow with their replications (~10 KB each): capped only where a JS string ends.
  const partials = positionals.map((file) => checkPartial(readJsonFile(file, constants.MAX_STRING_LENGTH), file));
  const text = formatResult(mergeResults(partials, positionals), format);
  await emit(io, values.out, text);
  return 0;
}
