import { describe, expect, it } from 'vitest';
import type { PointResult } from '../../../src/calibrate/CalibrationResult.js';
import { summarizeCalibration } from '../../../src/calibrate/summarizeCalibration.js';
import type { RecordCheck } from '../../../src/record/RecordCheck.js';
import { calibrationRanges } from '../../../src/scenario/calibrationRanges.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';

const measure = { kind: 'chineseResidentInKorea', outcome: 'repatriated' };
const record: RecordCheck[] = [
  { id: 'cal', source: 's', says: 'x', measure, expect: { atMost: 0.5 }, use: 'calibration' },
  { id: 'val', source: 's', says: 'y', measure, expect: { atLeast: 0.1 }, use: 'validation' },
];
const ranges = calibrationRanges({ 'probabilities.koreaHandsOver': [0, 1], 'population.chineseResidentInKorea.count': [0, 100] }, baselineScenario(), 'test');
const run = { scenario: 't', record, ranges, seed: 1, engine: 'compiled', replicationsPerPoint: 1, epsilon: 0.25, seconds: 2 };
const point = (index: number, values: number[], cal: number | null, val: number | null, verdict: 'consistent' | 'inconsistent' | 'undecided' = 'consistent'): PointResult => ({
  index,
  values,
  checks: [
    { id: 'cal', estimate: cal, verdict },
    { id: 'val', estimate: val, verdict },
  ],
  cases: 10,
});

describe('summarizeCalibration', () => {
  it('accepts the points inside every calibration check; the posterior, the checks and the chosen point use them alone', () => {
    const points = [point(0, [0.1, 10], 0.2, 0.05, 'inconsistent'), point(1, [0.3, 50], 0.4, 0.2), point(2, [0.9, 90], 0.8, 0.9), point(3, [0.5, 30], 0.5, 0.3, 'undecided')];
    const r = summarizeCalibration(points, run);
    expect(r).toMatchObject({ points: 4, accepted: 3, acceptedBy: 'satisfies', cases: 40, calibrationChecks: ['cal'], validationChecks: ['val'] });
    expect(r.posterior['probabilities.koreaHandsOver']).toMatchObject({ prior: [0, 1], p50: 0.3 });
    expect(r.posterior['population.chineseResidentInKorea.count']).toMatchObject({ prior: [0, 100], p50: 30 });
    expect(r.checks.find((c) => c.id === 'val')).toMatchObject({ use: 'validation', satisfied: 2, verdicts: { consistent: 1, inconsistent: 1, undecided: 1 } });
    // Medians (0.3, 30): point 1 is 0 + 0.2² away, point 3 is 0.2² + 0 away, point 0 is 0.2² + 0.2²: the tie goes to the lower index.
    expect(r.chosen).toEqual({ point: 1, values: { 'probabilities.koreaHandsOver': 0.3, 'population.chineseResidentInKorea.count': 50 } });
    expect(r.design.map((d) => d.accepted)).toEqual([true, true, false, true]);
    expect(r.timing).toEqual({ seconds: 2, casesPerSecond: 20 });
  });

  it('with no point inside, accepts the closest ⌈ε·N⌉ by distance (no estimate counts as infinitely far, shown as null)', () => {
    const points = [point(0, [0.1, 10], 0.9, 0.5), point(1, [0.3, 50], null, 0.5), point(2, [0.9, 90], 0.6, 0.5), point(3, [0.5, 30], 0.7, 0.5)];
    const r = summarizeCalibration(points, run);
    expect(r).toMatchObject({ acceptedBy: 'closest', accepted: 1, chosen: { point: 2 } });
    expect(r.design.map((d) => d.distance)).toEqual([0.8, null, expect.closeTo(0.2, 12), expect.closeTo(0.4, 12)]);
  });
});
