import type { ReplicationTallies } from '../../simulate/SimulationResult.js';
import { OPEN, type KindTallyData } from '../../stats/KindTally.js';
import { QuantileSketch } from '../../stats/QuantileSketch.js';
import type { OutcomeDifference, VarianceReduction } from './CompareResult.js';
import { measureReduction, type MeasuredVariances } from './measureReduction.js';
import { pairedDifference } from './pairedDifference.js';

/** The tallies of the three runs a comparison makes, each in replication order. */
export interface ComparedTallies {
  /** Arm A on the common seed. */
  readonly a: readonly ReplicationTallies[];
  /** Arm B on the common seed. */
  readonly b: readonly ReplicationTallies[];
  /** Arm B again, on the independent seed. */
  readonly bIndependent: readonly ReplicationTallies[];
}

const EMPTY: KindTallyData = { n: 0, outcomes: {}, paths: {} };
const significant = (x: number) => Number(x.toPrecision(6));

/** A replication's median days to an outcome, or undefined when no case reached it. */
function medianOf(t: KindTallyData, outcome: string): number | undefined {
  const o = t.outcomes[outcome];
  if (!o || o.count === 0 || o.days.length === 0) return undefined;
  const sketch = new QuantileSketch();
  sketch.merge(o.days);
  return sketch.quantile(0.5);
}

/** The variances rounded for output, and their ratio. */
const reduction = (v: MeasuredVariances): VarianceReduction => ({
  paired: significant(v.paired),
  independent: significant(v.independent),
  ratio: v.paired > 0 ? significant(v.independent / v.paired) : null,
});

/**
 * For every kind both arms simulate and every outcome (in `order`, then any other reached, then
 * `(open)`): B − A in share and in median days with paired 95% intervals, and the measured
 * variance reduction of each (the median days' over the replications where all three runs
 * reached the outcome). Replications pair by number. Pure and deterministic.
 * Returns the differences and the raw variance sums behind the overall reduction.
 */
export function compareTallies(tallies: ComparedTallies, order: Readonly<Record<string, readonly string[]>>) {
  const differences: Record<string, Record<string, OutcomeDifference>> = {};
  let pairedSum = 0;
  let independentSum = 0;
  for (const [kind, outcomes] of Object.entries(order)) {
    const of = (reps: readonly ReplicationTallies[]) => reps.map((r) => r.kinds[kind] ?? EMPTY);
    const [a, b, bi] = [of(tallies.a), of(tallies.b), of(tallies.bIndependent)];
    // Per-replication shares need cases in every replication of every run (counts are fixed per replication).
    if ([...a, ...b, ...bi].some((t) => t.n === 0)) continue;
    const seen = new Set([...a, ...b].flatMap((t) => Object.keys(t.outcomes)));
    const names = [...outcomes, ...[...seen].filter((o) => !outcomes.includes(o) && o !== OPEN).sort(), ...(seen.has(OPEN) ? [OPEN] : [])];
    differences[kind] = {};
    for (const name of names) {
      const share = (ts: readonly KindTallyData[]) => ts.map((t) => (t.outcomes[name]?.count ?? 0) / t.n);
      const [sa, sb, sbi] = [share(a), share(b), share(bi)];
      // Every replication has a share in every run (counts are fixed), so this is never null.
      const v = measureReduction(sa, sb, sbi)!;
      // The overall figure is over the shares the arms change: a share equal in every case of
      // both arms has paired variance 0 and would inflate it without saying anything.
      if (v.paired > 0) {
        pairedSum += v.paired;
        independentSum += v.independent;
      }
      let medianDays = null;
      let medianDaysVarianceReduction = null;
      if (name !== OPEN) {
        const medians = (ts: readonly KindTallyData[]) => ts.map((t) => medianOf(t, name));
        const [ma, mb] = [medians(a), medians(b)];
        // The interval pairs every replication where both arms reached the outcome.
        const paired = ma.flatMap((x, r) => (x !== undefined && mb[r] !== undefined ? [{ x, y: mb[r] }] : []));
        if (paired.length >= 2) medianDays = pairedDifference(paired.map((p) => p.x), paired.map((p) => p.y), 2);
        const measured = measureReduction(ma, mb, medians(bi));
        if (measured) medianDaysVarianceReduction = reduction(measured);
      }
      differences[kind][name] = { share: pairedDifference(sa, sb, 6, [-1, 1]), medianDays, varianceReduction: reduction(v), medianDaysVarianceReduction };
    }
  }
  return { differences, varianceReduction: pairedSum > 0 ? significant(independentSum / pairedSum) : null };
}
