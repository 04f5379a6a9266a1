import { describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/calibrate/calibrate.js';
import { InputError } from '../../../src/InputError.js';
import { evaluateRecord } from '../../../src/record/evaluateRecord.js';
import { loadScenario } from '../../../src/scenario/loadScenario.js';
import { simulatePartial } from '../../../src/simulate/simulate.js';

// Synthetic truth: a scenario at known values of two assumptions, simulated with one seed; a record
// written from the model's own estimates there; calibrate (another seed, so the record carries
// real Monte Carlo noise) must find ranges that hold the known values — and must not when the
// record is shifted.
const truth = { koreaHandsOver: 0.4, handoverMedian: 60 };
const scenarioText = (record: string, calibrate = '') => `name: synthetic
seed: 101
replications: 1
startDate: 1958-01-01
horizonDays: 730
population:
  chineseResidentInKorea: { count: 1000, crossedAfterCableShare: 1 }
  koreanCitizenInChina: { count: 200 }
  emigrationApplication: { count: 200 }
probabilities: { koreaHandsOver: ${truth.koreaHandsOver} }
durations:
  handover: { dist: lognormal, median: ${truth.handoverMedian}, p90: 180 }
record:
${record}${calibrate}`;
const check = (id: string, measure: string, expect: string, use: string) =>
  `  - { id: ${id}, source: "synthetic", says: "the model at known values", measure: ${measure}, expect: ${expect}, use: ${use} }\n`;
const measures = {
  share: '{ kind: chineseResidentInKorea, outcome: repatriated }',
  median: '{ kind: chineseResidentInKorea, outcome: repatriated, quantile: 0.5 }',
  within90: '{ kind: chineseResidentInKorea, outcome: repatriated, within: 90 }',
};
const ranges = 'calibrate:\n  probabilities.koreaHandsOver: [0.2, 0.6]\n  durations.handover.median: [20, 140]\n';

/** The model's own estimates at the known values (seed 101). */
async function truthEstimates() {
  const probe = loadScenario(scenarioText(Object.keys(measures).map((id) => check(id, measures[id as keyof typeof measures], '{ atLeast: 0 }', 'calibration')).join('')), 'probe');
  const partial = await simulatePartial(probe, { engine: 'compiled' });
  return Object.fromEntries(evaluateRecord(probe, partial.reps).map((r) => [r.id, r.model.estimate!])) as Record<keyof typeof measures, number>;
}

/** A record from the estimates, shifted by `shift` (share) and `days` (median), then calibrated with seed 7. */
async function calibrateTo(estimates: Record<keyof typeof measures, number>, shift: number, days: number) {
  const record =
    check('share', measures.share, `{ about: ${estimates.share + shift}, tolerance: 0.05 }`, 'calibration') +
    check('median', measures.median, `{ about: ${estimates.median + days}, tolerance: 10 }`, 'calibration') +
    check('within90', measures.within90, `{ about: ${estimates.within90}, tolerance: 0.05 }`, 'validation');
  return calibrate({ ...loadScenario(scenarioText(record, ranges), 'synthetic'), seed: 7 }, { points: 400 });
}

const inside = (x: number, r: { p5: number; p95: number }) => x >= r.p5 && x <= r.p95;

describe('calibrate', () => {
  it('synthetic truth: the known values lie inside the 90% posterior ranges, which are narrower than the priors', async () => {
    const result = await calibrateTo(await truthEstimates(), 0, 0);
    expect(result.acceptedBy).toBe('satisfies');
    expect(result.accepted).toBeGreaterThanOrEqual(8);
    const p = result.posterior['probabilities.koreaHandsOver']!;
    const m = result.posterior['durations.handover.median']!;
    expect(inside(truth.koreaHandsOver, p), JSON.stringify(p)).toBe(true);
    expect(inside(truth.handoverMedian, m), JSON.stringify(m)).toBe(true);
    // Accepting every point would also hold the truth: the ranges must have learnt something.
    expect(p.p95 - p.p5).toBeLessThan(0.5 * (0.6 - 0.2));
    expect(m.p95 - m.p5).toBeLessThan(0.5 * (140 - 20));
    // The held-out check is reported over the accepted points, not used to accept them.
    expect(result.validationChecks).toEqual(['within90']);
    expect(result.checks.find((c) => c.id === 'within90')!.verdicts.inconsistent).toBe(0);
  });

  it('meta: a shifted record excludes the known values', async () => {
    const result = await calibrateTo(await truthEstimates(), 0.15, 25);
    expect(result.accepted).toBeGreaterThan(0);
    expect(inside(truth.koreaHandsOver, result.posterior['probabilities.koreaHandsOver']!)).toBe(false);
    expect(inside(truth.handoverMedian, result.posterior['durations.handover.median']!)).toBe(false);
  });

  it('runs only the kinds a record check measures, all on the one seed', async () => {
    const s = loadScenario(scenarioText(check('share', measures.share, '{ atLeast: 0 }', 'calibration'), ranges), 'synthetic');
    const result = await calibrate(s, { points: 5 });
    // 1,000 Chinese crossers per point; the 400 cases of the unmeasured kinds are not run.
    expect(result.cases).toBe(5 * 1000);
    expect(result.seed).toBe(101);
    expect(await calibrate(s, { points: 5 })).toEqual({ ...result, timing: expect.any(Object) });
  });

  it('when no point satisfies the record, accepts the closest share and says so', async () => {
    // Out of reach: at most 60% are handed over, the record says 99% went back.
    const s = loadScenario(scenarioText(check('share', measures.share, '{ about: 0.99, tolerance: 0.01 }', 'calibration'), ranges), 'synthetic');
    const result = await calibrate(s, { points: 40, epsilon: 0.1 });
    expect(result.acceptedBy).toBe('closest');
    expect(result.accepted).toBe(4);
    const accepted = result.design.filter((d) => d.accepted).map((d) => d.distance!);
    const rejected = result.design.filter((d) => !d.accepted).map((d) => d.distance!);
    expect(Math.max(...accepted)).toBeLessThanOrEqual(Math.min(...rejected));
    // The closest points are those that hand over the most.
    expect(result.posterior['probabilities.koreaHandsOver']!.p5).toBeGreaterThan(0.5);
  });

  describe('refuses', () => {
    const refusal = async (text: string) => {
      const error = await calibrate(loadScenario(text, 'mine.yaml'), { points: 3, where: 'mine.yaml' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      return (error as Error).message;
    };
    it('a record with no calibration check', async () => {
      expect(await refusal(scenarioText(check('share', measures.share, '{ atLeast: 0 }', 'validation'), ranges))).toBe(
        'mine.yaml: record: no check with "use: calibration", so nothing can accept or reject a point; add one (see design §7)',
      );
    });
    it('an empty calibrate', async () => {
      expect(await refusal(scenarioText(check('share', measures.share, '{ atLeast: 0 }', 'calibration')))).toMatch(/^mine\.yaml: calibrate: empty; /);
    });
    it('options out of range', async () => {
      const s = loadScenario(scenarioText(check('share', measures.share, '{ atLeast: 0 }', 'calibration'), ranges), 'x');
      for (const options of [{ points: 0 }, { points: 2, replications: 0 }, { points: 2, workers: 0 }, { points: 2, epsilon: 0 }, { points: 2, epsilon: 1.5 }, { points: 2, seed: -1 }, { points: 2, seed: 0.5 }]) {
        await expect(calibrate(s, options)).rejects.toThrow(InputError);
      }
    });
  });
});
