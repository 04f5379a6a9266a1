import { InputError } from '../../InputError.js';
import { checkResult } from '../../report/html/checkResult.js';
import { reportHtml } from '../../report/html/reportHtml.js';
import { checkOutPath } from '../checkOutPath.js';
import { emit } from '../emit.js';
import type { CliIO } from '../io.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { readJsonFile } from '../readJsonFile.js';

const help = () => `Usage: cable1957 report RESULT.json [--out FILE]

Turns a result of "cable1957 simulate --format json" into ONE self-contained HTML file that
opens offline from disk (no script, no external resource): per case kind the outcome shares
with their 95% intervals, a Sankey diagram of the paths and the times to outcome; the readings
used; the record checks (model vs record) when the scenario has them; the scenario's sources.
The same JSON always gives the same bytes. ("simulate --format html" writes it in one step.)
A descriptive model of a historical policy, for study: not for decisions about people.

Options:
  --out FILE    write to FILE (atomically) instead of standard output
  -h, --help    show this help
`;

/** `cable1957 report RESULT.json`: a simulation result as one self-contained HTML page. */
export async function reportCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', args, { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
  if (values.help) {
    io.out(help());
    return 0;
  }
  checkOutPath('report', 'out', values.out);
  if (positionals.length !== 1) throw new InputError('report: name one result file (the output of "cable1957 simulate --format json")');
  const file = positionals[0]!;
  const result = checkResult(readJsonFile(file), file);
  await emit(io, values.out, reportHtml(result));
  return 0;
}
