import { beforeAll, describe, expect, it } from 'vitest';
import { resolveReadings } from '../../../../machines/index.js';
import type { CompareResult } from '../../../../src/experiment/compare/CompareResult.js';
import { compare } from '../../../../src/experiment/compare/compare.js';
import { checkComparison } from '../../../../src/report/html/checkComparison.js';
import { baselineScenario } from '../../../../src/scenario/loadScenario.js';

let result: CompareResult;
beforeAll(async () => {
  const a = { ...baselineScenario(), replications: 2 };
  result = await compare(a, { ...a, readings: resolveReadings({ ...a.readings, laterMobilization: 'order' }) });
}, 60000);

/** The result as JSON with one key changed (a path of keys; undefined deletes it). */
function broken(path: readonly (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

describe('checkComparison', () => {
  it('accepts what compare wrote, read back from JSON', () => {
    const json = JSON.parse(JSON.stringify(result));
    expect(checkComparison(json, 'c.json')).toBe(json);
  });

  it.each([
    [['arms'], undefined, 'c.json: arms must be an object'],
    [['arms', 'b', 'scenario', 'name'], 3, 'c.json: arms.b.scenario.name must be a string'],
    [['replications'], 1, 'c.json: replications must be a whole number of at least 2'],
    [['differences', 'koreanCitizenInChina', 'repatriated', 'share', 'ci95'], [0], 'c.json: differences.koreanCitizenInChina.repatriated.share.ci95 must be a pair [low, high]'],
    [['differences', 'koreanCitizenInChina', 'repatriated', 'medianDays', 'diff'], 'x', 'c.json: differences.koreanCitizenInChina.repatriated.medianDays.diff must be a number'],
    [['differences', 'koreanCitizenInChina', 'repatriated', 'varianceReduction', 'ratio'], -1, 'c.json: differences.koreanCitizenInChina.repatriated.varianceReduction.ratio must be a number of at least 0'],
    [['differences', 'koreanCitizenInChina', 'repatriated', 'medianDaysVarianceReduction', 'independent'], null, 'c.json: differences.koreanCitizenInChina.repatriated.medianDaysVarianceReduction.independent must be a number of at least 0'],
    [['record', 0, 'difference'], 'none', 'c.json: record[0].difference must be an object'],
    [['record', 0, 'measure', 'outcome'], [], 'c.json: record[0].measure.outcome must be a state name or a list of them'],
    [['notes'], 'none', 'c.json: notes must be a list of strings'],
  ] as const)('names the first wrong key: %j = %j', (path, value, message) => {
    expect(() => checkComparison(broken(path, value), 'c.json')).toThrow(message);
  });

  it('a null median (nothing to pair) and a null ratio (no noise) are shapes compare writes', () => {
    expect(() => checkComparison(broken(['differences', 'koreanCitizenInChina', 'repatriated', 'medianDays'], null), 'c.json')).not.toThrow();
    expect(() => checkComparison(broken(['varianceReduction'], null), 'c.json')).not.toThrow();
    expect(() => checkComparison(broken(['differences', 'koreanCitizenInChina', 'repatriated', 'medianDaysVarianceReduction'], null), 'c.json')).not.toThrow();
    // compare of 0.11.0 wrote no median days' reduction: its JSON still makes a page.
    expect(() => checkComparison(broken(['differences', 'koreanCitizenInChina', 'repatriated', 'medianDaysVarianceReduction'], undefined), 'c.json')).not.toThrow();
  });
});
