import { InputError } from '../InputError.js';
import { isRecord } from '../io/isRecord.js';
import type { Shard } from '../io/shardFromEnvironment.js';
import type { RecordCheck } from '../record/RecordCheck.js';
import { showValue } from '../scenario/showValue.js';
import type { PointResult } from './CalibrationResult.js';

const verdicts = new Set(['consistent', 'inconsistent', 'undecided']);

/**
 * Checks design-point results read from a file (a checkpoint's `done`, a partial's `results`)
 * against the run: each point of the shard (index mod count = shard index − 1) at most once,
 * holding exactly the design's values, one result per record check in the record's order (a
 * finite estimate or null, a known verdict) and a whole number of cases. So a resumed or merged
 * calibration summarizes only points this run would have computed. Throws one InputError naming
 * `where` and the field (`results[3].values`).
 */
export function checkPointResults(data: unknown, where: string, at: string, design: readonly (readonly number[])[], record: readonly RecordCheck[], shard: Shard): PointResult[] {
  if (!Array.isArray(data)) throw new InputError(`${where}: ${at}: found ${showValue(data)}, expected a list of design points`);
  const seen = new Set<number>();
  return data.map((p: unknown, i): PointResult => {
    const here = `${where}: ${at}[${i}]`;
    const fail = (field: string, what: string): never => {
      throw new InputError(`${here}.${field}: ${what}`);
    };
    if (!isRecord(p)) throw new InputError(`${here}: found ${showValue(p)}, expected a design point { index, values, checks, cases }`);
    const extra = Object.keys(p).find((k) => !['index', 'values', 'checks', 'cases'].includes(k));
    if (extra !== undefined) fail(extra, 'unknown key');
    const index = p['index'];
    if (!(Number.isSafeInteger(index) && (index as number) >= 0 && (index as number) < design.length)) fail('index', `found ${showValue(index)}, expected a point from 0 to ${design.length - 1}`);
    const n = index as number;
    if (n % shard.count !== shard.index - 1) fail('index', `point ${n} does not belong to shard ${shard.index}/${shard.count}`);
    if (seen.has(n)) fail('index', `point ${n} is there twice`);
    seen.add(n);
    if (JSON.stringify(p['values']) !== JSON.stringify(design[n])) fail('values', `not the design's values of point ${n} (${JSON.stringify(design[n])})`);
    const checks = p['checks'];
    if (!Array.isArray(checks) || checks.length !== record.length) fail('checks', `expected one result per record check (${record.length})`);
    (checks as unknown[]).forEach((c, j) => {
      const cat = `checks[${j}]`;
      if (!isRecord(c) || Object.keys(c).length !== 3) fail(cat, 'expected { id, estimate, verdict }');
      const check = c as Record<string, unknown>;
      if (check['id'] !== record[j]!.id) fail(`${cat}.id`, `found ${showValue(check['id'])}, expected "${record[j]!.id}"`);
      const e = check['estimate'];
      if (!(e === null || (typeof e === 'number' && Number.isFinite(e)))) fail(`${cat}.estimate`, `found ${showValue(e)}, expected a number or null`);
      if (!verdicts.has(check['verdict'] as string)) fail(`${cat}.verdict`, `found ${showValue(check['verdict'])}, expected consistent, inconsistent or undecided`);
    });
    const cases = p['cases'];
    if (!(Number.isSafeInteger(cases) && (cases as number) >= 0)) fail('cases', `found ${showValue(cases)}, expected a whole number`);
    return p as unknown as PointResult;
  });
}
