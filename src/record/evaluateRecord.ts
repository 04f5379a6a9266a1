import type { Scenario } from '../scenario/Scenario.js';
import type { ReplicationTallies } from '../simulate/SimulationResult.js';
import { shareInterval95, t975, wilson95 } from '../stats/intervals.js';
import { QuantileSketch } from '../stats/QuantileSketch.js';
import type { RecordCheck, RecordResult } from './RecordCheck.js';
import { verdictOf } from './verdictOf.js';

const Z975 = 1.959963984540054;
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Estimate and 95% interval of one check over the replications' counts, or null when nothing could be counted. */
function estimate(check: RecordCheck, reps: readonly ReplicationTallies[]): { estimate: number; ci95: [number, number] } | null {
  const m = check.measure;
  const counts = reps.map((r) => r.kinds[m.kind]?.checks?.[check.id] ?? { n: 0, k: 0 });
  const n = counts.reduce((a, c) => a + c.n, 0);
  const k = counts.reduce((a, c) => a + c.k, 0);
  if (m.quantile !== undefined) {
    // A time quantile: the cases of all replications are independent, so one order-statistic
    // interval over the pooled sketch (ranks k·q ± 1.96·√(k·q·(1−q))) serves any number of them.
    const sketch = new QuantileSketch();
    for (const c of counts) if (c.days) sketch.merge(c.days);
    if (sketch.count === 0) return null;
    const q = m.quantile;
    const spread = Z975 * Math.sqrt(sketch.count * q * (1 - q));
    const at = (rank: number) => sketch.quantile(Math.min(1, Math.max(0, rank / Math.max(1, sketch.count - 1))));
    const rank = q * (sketch.count - 1);
    return { estimate: round(sketch.quantile(q), 2), ci95: [round(at(rank - spread), 2), round(at(rank + spread), 2)] };
  }
  if (n === 0) return null;
  if (m.scale !== undefined) {
    // A count per replication, scaled: t across replications; with one, the binomial (Wilson)
    // interval of its share of the n cases, times n and the scale.
    const scale = m.scale;
    const per = counts.map((c) => c.k * scale);
    const mean = per.reduce((a, b) => a + b, 0) / per.length;
    if (per.length === 1) {
      const [lo, hi] = wilson95(k, n);
      return { estimate: round(mean, 2), ci95: [round(lo * n * scale, 2), round(hi * n * scale, 2)] };
    }
    const variance = per.reduce((a, b) => a + (b - mean) ** 2, 0) / (per.length - 1);
    const half = (t975(per.length - 1) * Math.sqrt(variance)) / Math.sqrt(per.length);
    return { estimate: round(mean, 2), ci95: [round(Math.max(0, mean - half), 2), round(mean + half, 2)] };
  }
  // A share: pooled, with the interval the outcome tables use (t across replications; Wilson for one).
  const per = counts.filter((c) => c.n > 0);
  const [lo, hi] = shareInterval95(per.map((c) => c.k / c.n), per[0]!.n);
  return { estimate: round(k / n, 6), ci95: [round(lo, 6), round(hi, 6)] };
}

/** Why a check has no estimate, in words. */
function noEstimate(check: RecordCheck): string {
  const m = check.measure;
  if (m.quantile !== undefined) return `no case of ${m.kind} reached ${[m.outcome].flat().join(' or ')} in the run, so it has no time to measure`;
  const window = m.within !== undefined ? ` at least ${m.within} days before the horizon` : m.by !== undefined ? ` by ${m.by}` : '';
  return `no case of ${m.kind}${m.cohort ? ` (${m.cohort})` : ''} started${window}, so there is nothing to count`;
}

/**
 * The scenario's record checks against a run's per-replication tallies: each check's estimate with
 * its 95% Monte Carlo interval, and the verdict. The interval measures simulation noise only —
 * not uncertainty about history, and not whether the check's reading of its source is right.
 */
export function evaluateRecord(scenario: Scenario, reps: readonly ReplicationTallies[]): RecordResult[] {
  return scenario.record.map((check): RecordResult => {
    const model = estimate(check, reps);
    if (model === null) return { ...check, model: { estimate: null, ci95: null }, verdict: 'undecided', note: noEstimate(check) };
    return { ...check, model, verdict: verdictOf(check.expect, model.ci95) };
  });
}
