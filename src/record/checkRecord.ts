import { DAY_MS } from '../case/openCase.js';
import { InputError } from '../InputError.js';
import type { RecordCheck } from './RecordCheck.js';

/** What a scenario's record checks are checked against: its run and its machines. */
export interface RecordContext {
  /** The run's start date, YYYY-MM-DD. */
  readonly startDate: string;
  /** The run's horizon in days. */
  readonly horizonDays: number;
  /** Per kind: its outcomes (final and settled states). */
  readonly outcomes: Readonly<Record<string, readonly string[]>>;
  /** Per kind: the cohorts its driver declares. */
  readonly cohorts: Readonly<Record<string, readonly string[]>>;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + Math.floor(days) * DAY_MS).toISOString().slice(0, 10);

/**
 * Checks what the schema cannot: each check names outcomes and a cohort its kind has, a date
 * inside the run, one time condition at most, one statistic at most, a share expected between 0
 * and 1 and a time not below 0, and ids used once. Throws one InputError naming the check's path.
 */
export function checkRecord(record: readonly RecordCheck[], context: RecordContext, where: string): void {
  const seen = new Map<string, number>();
  record.forEach((check, i) => {
    const at = `${where}: record[${i}]`;
    const fail = (path: string, what: string): never => {
      throw new InputError(`${at}.${path}: ${what}`);
    };
    const first = seen.get(check.id);
    if (first !== undefined) fail('id', `"${check.id}" is already the id of record[${first}]; ids must be unique`);
    seen.set(check.id, i);
    const m = check.measure;
    const outcomes = context.outcomes[m.kind] ?? [];
    for (const [j, outcome] of (typeof m.outcome === 'string' ? [m.outcome] : m.outcome).entries()) {
      if (!outcomes.includes(outcome)) {
        fail(`measure.outcome${typeof m.outcome === 'string' ? '' : `[${j}]`}`, `${JSON.stringify(outcome)} is not an outcome of ${m.kind}; its outcomes are: ${outcomes.join(', ')}`);
      }
    }
    if (m.cohort !== undefined) {
      const cohorts = context.cohorts[m.kind] ?? [];
      if (!cohorts.includes(m.cohort)) {
        fail('measure.cohort', `${JSON.stringify(m.cohort)} is not a cohort of ${m.kind}; ${cohorts.length > 0 ? `its cohorts are: ${cohorts.join(', ')}` : 'it has none'}`);
      }
    }
    if (m.within !== undefined && m.by !== undefined) fail('measure', 'give "within" or "by", not both');
    if (m.scale !== undefined && m.quantile !== undefined) fail('measure', 'give "scale" (a count) or "quantile" (a time), not both');
    const end = addDays(context.startDate, context.horizonDays);
    if (m.by !== undefined && (m.by < context.startDate || m.by > end)) fail('measure.by', `${m.by} is outside the run (${context.startDate} to ${end})`);
    if (m.within !== undefined && m.within > context.horizonDays) fail('measure.within', `${m.within} days is longer than the run (${context.horizonDays} days): no case could be watched that long`);
    const values = 'between' in check.expect ? check.expect.between : 'about' in check.expect ? [check.expect.about] : Object.values(check.expect);
    if (m.scale === undefined && m.quantile === undefined && values.some((x) => x < 0 || x > 1)) {
      fail('expect', `the measure is a share, so the expected value must lie between 0 and 1; found ${JSON.stringify(check.expect)}`);
    }
    if (values.some((x) => x < 0)) fail('expect', `the measure cannot be negative; found ${JSON.stringify(check.expect)}`);
  });
}
