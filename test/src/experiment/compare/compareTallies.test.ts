import { describe, expect, it } from 'vitest';
import { compareTallies } from '../../../../src/experiment/compare/compareTallies.js';
import type { ReplicationTallies } from '../../../../src/simulate/SimulationResult.js';
import type { KindTallyData } from '../../../../src/stats/KindTally.js';
import { QuantileSketch } from '../../../../src/stats/QuantileSketch.js';

/** A replication of one kind with `n` cases: `yes` reached "yes" on day `days`, the rest are open. */
function rep(r: number, n: number, yes: number, days = 10): ReplicationTallies {
  const outcomes: KindTallyData['outcomes'] = {
    ...(yes > 0 ? { yes: { count: yes, daysSum: yes * days, days: [[Math.ceil(Math.log(days) / Math.log(1.005 / 0.995)), yes]] } } : {}),
    ...(n > yes ? { '(open)': { count: n - yes, daysSum: 0, days: [] } } : {}),
  };
  return { rep: r, kinds: { k: { n, outcomes, paths: {} } } };
}

describe('compareTallies', () => {
  const a = [rep(0, 10, 2), rep(1, 10, 4), rep(2, 10, 6)];
  const b = [rep(0, 10, 3), rep(1, 10, 5), rep(2, 10, 8, 20)];
  const bIndependent = [rep(0, 10, 9), rep(1, 10, 1), rep(2, 10, 5)];
  const { differences, varianceReduction } = compareTallies({ a, b, bIndependent }, { k: ['yes', 'no'] });

  it('pairs the shares replication by replication (d = 0.1, 0.1, 0.2)', () => {
    const s = differences['k']!['yes']!.share;
    expect(s.a).toBeCloseTo(0.4, 6);
    expect(s.b).toBeCloseTo(16 / 30, 6);
    expect(s.diff).toBeCloseTo(0.4 / 3, 6);
  });

  it('measures the variance reduction against the independent rerun', () => {
    const v = differences['k']!['yes']!.varianceReduction;
    // paired d = 0.1, 0.1, 0.2: variance 1/300; independent d = 0.7, −0.3, −0.1: variance 0.28.
    expect(v.paired).toBeCloseTo(1 / 300, 8);
    expect(v.independent).toBeCloseTo(0.28, 8);
    expect(v.ratio).toBeCloseTo(84, 3);
    // The overall figure pools yes and (open), whose variances are the same here.
    expect(varianceReduction).toBeCloseTo(84, 3);
  });

  it('lists every outcome of the order (also one never reached, with no median), then (open)', () => {
    expect(Object.keys(differences['k']!)).toEqual(['yes', 'no', '(open)']);
    expect(differences['k']!['no']!.medianDays).toBeNull();
    expect(differences['k']!['no']!.varianceReduction.ratio).toBeNull();
    expect(differences['k']!['(open)']!.medianDays).toBeNull();
  });

  it('pairs each replication\u2019s median days (10, 10, 20 against 10, 10, 10)', () => {
    const m = differences['k']!['yes']!.medianDays!;
    expect(m.diff).toBeCloseTo(10 / 3, 0);
    expect(m.replications).toBe(3);
  });

  it('leaves out a kind with no cases', () => {
    expect(compareTallies({ a, b, bIndependent }, { k: ['yes'], other: ['x'] }).differences['other']).toBeUndefined();
  });
});

describe('compareTallies: the median days\u2019 variance reduction is measured', () => {
  // Median days per replication: A 10, 30, 20, 50; B 12, 28, 25, 55; B on the independent seed
  // 40, 5, 15 and, in the last replication, no case reached "yes" (no median).
  const days = { a: [10, 30, 20, 50], b: [12, 28, 25, 55], bi: [40, 5, 15, undefined] };
  const run = (ds: readonly (number | undefined)[]) => ds.map((d, r) => rep(r, 10, d === undefined ? 0 : 4, d ?? 10));
  const { differences } = compareTallies({ a: run(days.a), b: run(days.b), bIndependent: run(days.bi) }, { k: ['yes'] });
  /** What a replication's median reads as (the tallies keep days in log buckets). */
  const median = (d: number) => {
    const sketch = new QuantileSketch();
    sketch.merge(rep(0, 10, 4, d).kinds['k']!.outcomes['yes']!.days);
    return sketch.quantile(0.5);
  };
  /** The sample variance, by its definition: Σ(x − x̄)² / (n − 1). */
  const variance = (xs: number[]) => xs.reduce((s, x) => s + (x - xs.reduce((t, y) => t + y, 0) / xs.length) ** 2, 0) / (xs.length - 1);

  it('over the replications all three runs reached the outcome: var(B(independent) − A) over var(B − A)', () => {
    const r = [0, 1, 2]; // the fourth has no median on the independent seed
    const paired = variance(r.map((i) => median(days.b[i]!) - median(days.a[i]!)));
    const independent = variance(r.map((i) => median(days.bi[i]!) - median(days.a[i]!)));
    const v = differences['k']!['yes']!.medianDaysVarianceReduction!;
    expect(v.paired).toBeCloseTo(paired, 3);
    expect(v.independent).toBeCloseTo(independent, 2);
    expect(v.ratio).toBeCloseTo(independent / paired, 2);
    expect(v.ratio).toBeGreaterThan(10);
  });

  it('the interval still pairs all four replications where both arms reached it', () => {
    expect(differences['k']!['yes']!.medianDays!.replications).toBe(4);
  });

  it('none for (open), which has no days', () => {
    expect(differences['k']!['(open)']!.medianDaysVarianceReduction).toBeNull();
  });
});
