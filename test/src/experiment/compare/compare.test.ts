import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveReadings } from '../../../../machines/index.js';
import { compare } from '../../../../src/experiment/compare/compare.js';
import { independentSeed } from '../../../../src/experiment/compare/independentSeed.js';
import { baselineScenario } from '../../../../src/scenario/loadScenario.js';
import type { Scenario } from '../../../../src/scenario/Scenario.js';
import { simulate } from '../../../../src/simulate/simulate.js';
import { t975 } from '../../../../src/stats/intervals.js';

const REPLICATIONS = 5;
const CASES = 1000;

/**
 * Emigration applications only, every step a day, ten years to run: every case is decided, and
 * the share departed is exactly (1 − political)(1 − pending)·justified under the default reading
 * of 4c (unjustifiedApplications=reject), (1 − political)(1 − pending) under approveLeniently.
 */
function applications(p: { political: number; pending: number; justified: number }, seed: number): Scenario {
  const b = baselineScenario();
  return {
    ...b,
    seed,
    replications: REPLICATIONS,
    horizonDays: 3650,
    record: [],
    probabilities: { ...b.probabilities, hasPoliticalIssues: p.political, hasPendingCase: p.pending, isJustified: p.justified, crimeEstablishedLater: 0 },
    durations: Object.fromEntries(Object.keys(b.durations).map((k) => [k, { dist: 'fixed', days: 1 } as const])) as Scenario['durations'],
    population: { ...b.population, chineseResidentInKorea: { count: 0, crossedAfterCableShare: 0 }, koreanCitizenInChina: { count: 0, crossedAfterCableShare: 0 }, emigrationApplication: { count: CASES, submittedWithinDays: 30 } },
  };
}

/** One run of the closed-form case: the exact B − A in share departed, compare's paired interval, and an interval from independent streams. */
interface Run {
  readonly exact: number;
  readonly paired: { readonly centre: number; readonly half: number };
  readonly independent: { readonly centre: number; readonly half: number };
  readonly ratio: number;
}

const covers = (i: { centre: number; half: number }, x: number) => Math.abs(i.centre - x) <= i.half + 1e-6;

/**
 * A small change of one assumption, the case where common random numbers matter: isJustified
 * from j to j + δ. Exactly (1 − political)(1 − pending)·δ more applications depart. The
 * independent interval is built the same way (t across the replications' B − A) but with B run on
 * the independent seed, as compare measures it.
 */
const smallShift = fc.record({
  political: fc.integer({ min: 0, max: 30 }).map((x) => x / 100),
  pending: fc.integer({ min: 0, max: 30 }).map((x) => x / 100),
  justified: fc.integer({ min: 20, max: 80 }).map((x) => x / 100),
  delta: fc.integer({ min: 3, max: 10 }).map((x) => x / 100),
  seed: fc.integer({ min: 0, max: 2 ** 31 }),
});

async function runShift(runs: Run[], p: { political: number; pending: number; justified: number; delta: number; seed: number }) {
  const a = applications(p, p.seed);
  const b = applications({ ...p, justified: p.justified + p.delta }, p.seed);
  const result = await compare(a, b);
  const d = result.differences['emigrationApplication']!['departed']!;
  const exact = (1 - p.political) * (1 - p.pending) * p.delta;
  const t = t975(REPLICATIONS - 1);
  const bIndependent = await simulate({ ...b, seed: independentSeed(p.seed) });
  runs.push({
    exact,
    paired: { centre: d.share.diff, half: (d.share.ci95[1] - d.share.ci95[0]) / 2 },
    independent: { centre: bIndependent.outcomes['emigrationApplication']!['departed']!.share - d.share.a, half: t * Math.sqrt(d.varianceReduction.independent / REPLICATIONS) },
    ratio: d.varianceReduction.ratio!,
  });
}

describe('compare on a closed-form case (emigration applications: departed = (1 − political)(1 − pending)·justified)', () => {
  const runs: Run[] = [];
  const N = 120;

  it('the paired 95% interval covers the exact difference about 95% of the time over seeds and assumptions', async () => {
    await fc.assert(fc.asyncProperty(smallShift, (p) => runShift(runs, p)), { numRuns: N });
    const inside = runs.filter((r) => covers(r.paired, r.exact)).length;
    // Binomial(120, 0.95): mean 114, sd 2.4; 105 is 3.8 sd below (a false alarm has odds ~1e-4).
    expect(runs).toHaveLength(N);
    expect(inside).toBeGreaterThanOrEqual(105);
  });

  it('meta: an interval from independent streams of the same size is wider by the measured √ratio, and at the paired width it misses far more often', () => {
    expect(runs).toHaveLength(N);
    for (const r of runs) {
      // Same t, same replications: the widths differ exactly by the square root of the measured variance ratio.
      expect(r.independent.half / r.paired.half).toBeCloseTo(Math.sqrt(r.ratio), 1);
    }
    const ratios = runs.map((r) => r.ratio).sort((x, y) => x - y);
    expect(ratios[Math.floor(N / 2)]).toBeGreaterThan(5); // pairing cuts the variance several-fold here
    // Independent streams with their own (wider) interval still cover, as any valid interval does...
    expect(runs.filter((r) => covers(r.independent, r.exact)).length).toBeGreaterThanOrEqual(105);
    // ...but narrowed to the paired width they would not: well below 95% (about 2Φ(1.96/√ratio) − 1).
    const atPairedWidth = runs.filter((r) => covers({ centre: r.independent.centre, half: r.paired.half }, r.exact)).length;
    expect(atPairedWidth).toBeLessThan(0.75 * N);
  });

  it('a reading that changes the rule: approveLeniently departs exactly (1 − political)(1 − pending)(1 − justified) more, inside the interval', async () => {
    let inside = 0;
    const M = 40;
    await fc.assert(
      fc.asyncProperty(smallShift, async (p) => {
        const a = applications(p, p.seed);
        const b = { ...a, readings: resolveReadings({ ...a.readings, unjustifiedApplications: 'approveLeniently' }) };
        const d = (await compare(a, b)).differences['emigrationApplication']!;
        const exact = (1 - p.political) * (1 - p.pending) * (1 - p.justified);
        if (d['departed']!.share.ci95[0] - 1e-6 <= exact && exact <= d['departed']!.share.ci95[1] + 1e-6) inside++;
        // Shares of one kind add to 1 in every replication, so the differences mirror each other.
        expect(d['rejected']!.share.diff).toBeCloseTo(-d['departed']!.share.diff, 5);
      }),
      { numRuns: M },
    );
    // Binomial(40, 0.95): mean 38, sd 1.4; 33 is 3.6 sd below.
    expect(inside).toBeGreaterThanOrEqual(33);
  });
});

describe('compare refuses what it cannot pair', () => {
  const a = applications({ political: 0.1, pending: 0.1, justified: 0.5 }, 7);
  it('one replication', async () => {
    await expect(compare({ ...a, replications: 1 }, { ...a, replications: 1, probabilities: { ...a.probabilities, isJustified: 0.6 } })).rejects.toThrow(/at least 2/);
  });
  it('two identical arms', async () => {
    await expect(compare(a, { ...a })).rejects.toThrow(/the two arms are the same/);
  });
  it('runs arm B on arm A\u2019s seed and replications, and says so', async () => {
    const r = await compare(a, { ...a, seed: 99, replications: 3, probabilities: { ...a.probabilities, isJustified: 0.6 } });
    expect(r.seed).toBe(7);
    expect(r.arms.b.scenario.seed).toBe(7);
    expect(r.arms.b.scenario.replications).toBe(REPLICATIONS);
    expect(r.notes.join('\n')).toMatch(/arm B runs on arm A's seed 7 and 5 replications \(its scenario says seed 99, 3 replications\)/);
  });
  it('kinds of different counts pair by replication only, and the notes say so', async () => {
    const b = { ...a, population: { ...a.population, emigrationApplication: { count: 800, submittedWithinDays: 30 } } };
    const r = await compare(a, b);
    expect(r.notes.join('\n')).toMatch(/emigrationApplication: 1000 cases per replication in A, 800 in B: the first 800 share their random streams/);
    expect(r.differences['emigrationApplication']!['departed']!.share.replications).toBe(REPLICATIONS);
  });
});
