import { describe, expect, it } from 'vitest';
import { halfWidth95 } from '../../../../src/experiment/sweep/halfWidth95.js';
import { nextReplications } from '../../../../src/experiment/sweep/nextReplications.js';
import { stopReason } from '../../../../src/experiment/sweep/stopReason.js';
import { caseStream } from '../../../../src/random/caseStream.js';
import { t975, wilson95 } from '../../../../src/stats/intervals.js';

// The stopping rule on a share whose per-replication variance is known in closed form: each
// replication's share is Binomial(n, p)/n, variance σ² = p(1 − p)/n. The rule stops at the first
// batch where t(0.975, r − 1)·s/√r ≤ h, so the replications it needs are predictable: about the
// smallest r with t·σ/√r ≤ h, give or take the noise of s (sd of s²/σ² is √(2/(r − 1))).

type HalfWidth = typeof halfWidth95;
type Decide = typeof stopReason;

/** One replication's share: n Bernoulli(p) cases from their own stream, as the engine draws them. */
const binomialShare = (seed: number, rep: number, n: number, p: number) => {
  const draws = caseStream(seed, rep, 0, 0);
  let k = 0;
  for (let i = 0; i < n; i++) if (draws.uniform() < p) k++;
  return k / n;
};

/** One point run as sweep runs it: the next batch (nextReplications), then the rule; replications and reason at the stop. */
function runPoint(seed: number, n: number, p: number, goal: number, batch: number, max: number, half: HalfWidth = halfWidth95, decide: Decide = stopReason) {
  const shares: number[] = [];
  for (;;) {
    for (const r of nextReplications(shares.length, batch, max)) shares.push(binomialShare(seed, r, n, p));
    const reason = decide([half(shares, n)], [goal], shares.length, max);
    if (reason !== null) return { reps: shares.length, reason };
  }
}

/** The smallest r whose half-width at the true σ is within the goal. */
const predicted = (sigma: number, goal: number) => {
  let r = 2;
  while ((t975(r - 1) * sigma) / Math.sqrt(r) > goal) r++;
  return r;
};

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// n = 100, p = 0.5: σ = 0.05; a goal of 0.005 needs about 386 replications.
const N = 100;
const P = 0.5;
const SIGMA = Math.sqrt((P * (1 - P)) / N);
const GOAL = 0.005;
const BATCH = 5;
const R_STAR = predicted(SIGMA, GOAL);

/** What is wrong with a rule on the many-replication case: the problems found, none for a good rule. */
function manyReplicationProblems(half: HalfWidth = halfWidth95, decide: Decide = stopReason): string[] {
  const stops = Array.from({ length: 120 }, (_, seed) => runPoint(seed + 1, N, P, GOAL, BATCH, 4000, half, decide));
  const problems: string[] = [];
  if (stops.some((s) => s.reason !== 'target')) problems.push('a point did not stop at its target');
  if (stops.some((s) => s.reps % BATCH !== 0)) problems.push('a stop between batches');
  // At r ≈ 386 the sd of s²/σ² is 0.072: the stop lies within ±20% of r* for all but a few seeds
  // (the first-passage rule stops a little early on a low s), and its median within ±7%.
  const inBand = stops.filter((s) => s.reps >= 0.8 * R_STAR && s.reps <= 1.2 * R_STAR + BATCH).length;
  if (inBand < 0.95 * stops.length) problems.push(`only ${inBand} of ${stops.length} stops within 20% of ${R_STAR}`);
  const mid = median(stops.map((s) => s.reps));
  if (Math.abs(mid - R_STAR) > 0.07 * R_STAR) problems.push(`median stop ${mid}, predicted ${R_STAR}`);
  return problems;
}

// At the first batch (r = 5, 4 degrees of freedom) the chance of stopping is exact: the rule
// stops iff 4s²/σ² ≤ x with x = 4·5·h²/(t(0.975, 4)²·σ²), and 4s²/σ² is χ² with 4 degrees of
// freedom, whose CDF is 1 − e^(−x/2)(1 + x/2). Choose h so that it is one half: x = 3.35669.
const X_HALF = 3.356694;
const GOAL_SMALL = t975(4) * SIGMA * Math.sqrt(X_HALF / 20);

/** The share of seeds whose first batch of 5 met the goal: 0.5 for the right rule. */
function firstBatchStopShare(half: HalfWidth = halfWidth95): number {
  const seeds = 2000;
  let stopped = 0;
  for (let seed = 1; seed <= seeds; seed++) if (runPoint(seed, N, P, GOAL_SMALL, 5, 5, half).reason === 'target') stopped++;
  return stopped / seeds;
}

// Broken rules the tests must catch.
const stopsAfterFirstBatch: Decide = (_halves, _goals, r, max) => (r >= 1 ? 'target' : r >= max ? 'max' : null);
const withZ: HalfWidth = (xs, n) => (halfWidth95(xs, n) * 1.959964) / t975(xs.length - 1);
const ninetyPercent: HalfWidth = (xs, n) => (halfWidth95(xs, n) * 1.644854) / 1.959964;
const tOfR: HalfWidth = (xs, n) => (halfWidth95(xs, n) * t975(xs.length)) / t975(xs.length - 1);
const perCase: HalfWidth = (xs, n) => halfWidth95(xs, n) / Math.sqrt(n);

describe('the stopping rule on a share of known binomial variance', () => {
  it(`stops where the closed form says: within 20% of ${R_STAR} replications, median within 7%`, () => {
    expect(manyReplicationProblems()).toEqual([]);
  });

  it('stops at the first batch (t, 4 degrees of freedom) with the exact χ² probability, one half', () => {
    expect(firstBatchStopShare()).toBeGreaterThan(0.46);
    expect(firstBatchStopShare()).toBeLessThan(0.54);
  });

  it('says max when the goal is out of reach, and never target on one replication', () => {
    expect(runPoint(1, N, P, 1e-6, 7, 20)).toEqual({ reps: 20, reason: 'max' });
    expect(stopReason([0], [0.5], 1, 100)).toBeNull();
    expect(stopReason([0], [0.5], 1, 1)).toBe('max');
    expect(stopReason([], [], 10, 100)).toBeNull();
    expect(stopReason([null], [0.5], 10, 100)).toBeNull();
    expect(stopReason([0.01, 0.2], [0.01, 0.1], 10, 100)).toBeNull();
    expect(stopReason([0.01, 0.1], [0.01, 0.1], 10, 10)).toBe('target');
  });

  describe('meta: broken rules are caught', () => {
    it('one that stops after the first batch', () => expect(manyReplicationProblems(halfWidth95, stopsAfterFirstBatch)).not.toEqual([]));
    it('one that uses the 90% quantile', () => expect(manyReplicationProblems(ninetyPercent)).not.toEqual([]));
    it('one that uses the variance of cases, not of replications', () => expect(manyReplicationProblems(perCase)).not.toEqual([]));
    it('one that uses z instead of t (few replications)', () => expect(firstBatchStopShare(withZ)).toBeGreaterThan(0.54));
    it('one that uses t with r, not r − 1, degrees of freedom (few replications)', () => expect(firstBatchStopShare(tOfR)).toBeGreaterThan(0.54));
  });
});

describe('halfWidth95', () => {
  it('is the half of shareInterval95 before clipping; Wilson for one replication', () => {
    expect(halfWidth95([0.5, 0.5], 10)).toBe(0);
    expect(halfWidth95([0.4, 0.6], 10)).toBeCloseTo((12.7062 * Math.sqrt(0.02)) / Math.sqrt(2), 12);
    const [lo, hi] = wilson95(50, 100);
    expect(halfWidth95([0.5], 100)).toBe((hi - lo) / 2);
  });
});
