import { caseKindNames } from '../../case/caseModel.js';
import { effectiveDateText } from '../../case/effectiveDateText.js';
import { explain } from '../../case/explain.js';
import { factsWithCaseId } from '../../case/factsWithCaseId.js';
import { maxStepDays, openCase, type CaseRun } from '../../case/openCase.js';
import { persistCase } from '../../case/persistCase.js';
import { restoreCase } from '../../case/restoreCase.js';
import { isIsoDate } from '../../case/parseFacts.js';
import { parseEventText, parseStepDays } from '../../case/runCase.js';
import { InputError } from '../../InputError.js';
import { writeAtomically } from '../../io/writeAtomically.js';
import { checkOutPath } from '../checkOutPath.js';
import type { CliIO } from '../io.js';
import { oneOf, parseCommandArgs } from '../parseCommandArgs.js';
import { parseReadings } from '../parseReadings.js';
import { readJsonFile } from '../readJsonFile.js';
import { wrapToTerminal } from '../wrapToTerminal.js';
import { stepInteractively, type LineSource } from './stepInteractively.js';

const help = () => `Usage: cable1957 case <kind> [options]

Runs one case through the cable and explains it: each step with its date, who acted, the
states, and the clauses that drove it. Kinds: ${caseKindNames().join(', ')}.

Options:
  --facts k=v,...      the case's facts (e.g. crossedOn=1957-06-01,hasCrimeOrPendingCase=false);
                       missing facts take their defaults; without caseId the case is named
                       after its content (case- and 12 hex digits: same case, same id)
  --events e1,e2,...   events to send, in order; "event@days" sets the days since the previous step
  --interactive        step the case yourself: see the state, its clauses and the events accepted now
  --readings r=o,...   readings to apply (see "cable1957 readings")
  --start YYYY-MM-DD   when the case starts, not before the effective date (default: the later
                       of the kind's date fact, e.g. crossedOn, and the effective date)
  --step-days N        days between steps when an event names none (default 1)
  --lenient            ignore events the state does not accept, as XState does (default: an error)
  --save FILE          save the case (XState snapshot + trace) to FILE as JSON, to resume later
  --restore FILE       resume a case saved with --save (then <kind> may be omitted)
  --format text|json   the explanation (default) or the trace as one line of JSON
  -h, --help           show this help
`;

/** Refuses a `--start` before the effective date in the flag's own words (bad dates and readings are openCase's to name). */
function checkStart(start: string | undefined, readings: Readonly<Record<string, string>>): void {
  if (start === undefined || !isIsoDate(start)) return;
  let effective;
  try {
    effective = effectiveDateText(readings);
  } catch {
    return;
  }
  if (start < effective.date) throw new InputError(`case: --start ${start} is before the cable's ${effective.text}; no step may be dated earlier`);
}

/** `cable1957 case <kind>`: one case as a narrative with clause citations, or a trace as JSON. */
export async function caseCommand(args: readonly string[], io: CliIO, lines?: LineSource): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'case',
    args,
    {
      facts: { type: 'string' },
      events: { type: 'string' },
      interactive: { type: 'boolean' },
      readings: { type: 'string' },
      start: { type: 'string' },
      'step-days': { type: 'string' },
      lenient: { type: 'boolean' },
      save: { type: 'string' },
      restore: { type: 'string' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.out(help());
    return 0;
  }
  checkOutPath('case', 'save', values.save);
  const format = oneOf('case', 'format', values.format, ['text', 'json'] as const);
  if (positionals.length > 1) throw new InputError(`case: one kind at a time; got ${positionals.join(', ')}`);
  const stepDays = values['step-days'] === undefined ? undefined : parseStepDays(values['step-days']);
  if (stepDays === null) {
    throw new InputError(`case: --step-days must be a decimal number from 0 to ${maxStepDays}; got "${values['step-days']}"`);
  }
  const common = { ...(stepDays === undefined ? {} : { stepDays }), strict: !values.lenient };

  let run: CaseRun;
  if (values.restore !== undefined) {
    if (values.facts !== undefined || values.readings !== undefined || values.start !== undefined) {
      throw new InputError('case: --facts, --readings and --start come from the saved case; drop them with --restore');
    }
    run = restoreCase(readJsonFile(values.restore), common, values.restore);
    if (positionals[0] !== undefined && positionals[0] !== run.kind) {
      throw new InputError(`case: ${values.restore} holds a ${run.kind} case, not ${positionals[0]}`);
    }
  } else {
    const kind = positionals[0];
    if (kind === undefined) throw new InputError(`case: name a kind (${caseKindNames().join(', ')}) or give --restore FILE`);
    const options = { ...common, readings: parseReadings(values.readings), ...(values.start === undefined ? {} : { startDate: values.start }) };
    checkStart(values.start, options.readings);
    // Without a caseId the case is named after its content, so appended JSON lines never share one.
    const events = (values.events ?? '').split(',').map((e) => e.trim()).filter(Boolean);
    run = openCase(kind, factsWithCaseId(kind, values.facts ?? {}, events, options), options);
  }

  for (const text of (values.events ?? '').split(',').filter((e) => e.trim())) {
    const { type, afterDays } = parseEventText(text);
    run.send(type, afterDays);
  }
  if (values.interactive) await stepInteractively(run, io, lines);

  if (values.save !== undefined) await writeAtomically(values.save, [`${JSON.stringify(persistCase(run), null, 2)}\n`]);
  if (format === 'json') io.out(`${JSON.stringify(run.trace())}\n`); // one line: JSON lines for export-log
  else io.out(wrapToTerminal(explain(run.trace()), io));
  return 0;
}
