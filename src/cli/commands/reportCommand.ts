import { InputError } from '../../InputError.js';
import { isRecord } from '../../io/isRecord.js';
import { checkComparison } from '../../report/html/checkComparison.js';
import { checkResult } from '../../report/html/checkResult.js';
import { compareHtml } from '../../report/html/compareHtml.js';
import { reportHtml } from '../../report/html/reportHtml.js';
import { checkOutPath } from '../checkOutPath.js';
import { emit } from '../emit.js';
import type { CliIO } from '../io.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { readJsonFile } from '../readJsonFile.js';
import { partialResultFormat } from '../../simulate/SimulationResult.js';

const help = () => `Usage: cable1957 report RESULT.json [--out FILE]

Turns a result of "cable1957 simulate --format json" into ONE self-contained HTML file that
opens offline from disk (no script, no external resource): per case kind the outcome shares
with their 95% intervals, a Sankey diagram of the paths and the times to outcome; the readings
used; the record checks (model vs record) when the scenario has them; the scenario's sources.
The same JSON always gives the same bytes. ("simulate --format html" writes it in one step.)

A result of "cable1957 compare --format json" (it has "arms" and "differences") gives the
comparison's page instead: how to read it; per kind B - A in each outcome's share and median
days as dot-and-whisker plots with their 95% paired intervals and a zero line; the measured
variance reduction; the record checks' differences. ("compare --format html" writes it in one
step.)

A descriptive model of a historical policy, for study: not for decisions about people.

Options:
  --out FILE    write to FILE (atomically) instead of standard output
  -h, --help    show this help
`;

/** `cable1957 report RESULT.json`: a simulation or comparison result as one self-contained HTML page. */
export async function reportCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', args, { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
  if (values.help) {
    io.out(help());
    return 0;
  }
  checkOutPath('report', 'out', values.out, positionals);
  if (positionals.length !== 1) throw new InputError('report: name one result file (the output of "cable1957 simulate --format json" or "cable1957 compare --format json")');
  const file = positionals[0]!;
  const json = readJsonFile(file);
  // Results of simulate and compare carry no `format`; the files that do (partials, checkpoints,
  // sweep results, persisted cases) are not what this page draws: say which it is.
  // (checkResult says more of a simulate partial: combine the shards first.)
  if (isRecord(json) && typeof json['format'] === 'string' && json['format'] !== partialResultFormat) {
    throw new InputError(`${file}: a ${JSON.stringify(json['format'])} file, not a result of "cable1957 simulate --format json" or "cable1957 compare --format json"`);
  }
  // A comparison is told by its own keys: a simulation result has neither.
  const isComparison = isRecord(json) && ('arms' in json || 'differences' in json);
  await emit(io, values.out, isComparison ? compareHtml(checkComparison(json, file)) : reportHtml(checkResult(json, file)));
  return 0;
}
