import { describe, expect, it } from 'vitest';
import { designValues } from '../../../src/calibrate/designValues.js';
import { calibrationRanges } from '../../../src/scenario/calibrationRanges.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';

const ranges = calibrationRanges(
  { 'probabilities.koreaHandsOver': [0.2, 0.4], 'population.emigrationApplication.count': [10.5, 14.2] },
  baselineScenario(),
  'test',
);

describe('designValues', () => {
  it('scales each dimension to its prior range, one point per stratum', () => {
    const values = designValues(ranges, 40, 1);
    const p = values.map((v) => v[0]!).sort((a, b) => a - b);
    p.forEach((x, i) => {
      expect(x).toBeGreaterThanOrEqual(0.2 + (0.2 * i) / 40 - 1e-12);
      expect(x).toBeLessThanOrEqual(0.2 + (0.2 * (i + 1)) / 40 + 1e-12);
    });
  });

  it('gives a count each integer of its range equally often (the ends are not halved by rounding)', () => {
    const counts = designValues(ranges, 400, 3).map((v) => v[1]!);
    const tally = new Map<number, number>();
    for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
    expect([...tally.keys()].sort()).toEqual([11, 12, 13, 14]);
    expect([...tally.values()]).toEqual([100, 100, 100, 100]);
  });

  it('is deterministic for a seed', () => {
    expect(designValues(ranges, 20, 5)).toEqual(designValues(ranges, 20, 5));
  });
});
