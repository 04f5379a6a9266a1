import { shareInterval95 } from './intervals.js';
import { OPEN, type KindTallyData } from './KindTally.js';
import { QuantileSketch } from './QuantileSketch.js';

/** One outcome's count, share of the kind's cases over all replications, and 95% interval. */
export interface OutcomeSummary {
  /** Cases with this outcome, over all replications. */
  readonly count: number;
  /** count / cases of the kind over all replications. */
  readonly share: number;
  /** A 95% interval for the share (t across replications; Wilson for one). */
  readonly ci95: readonly [number, number];
}

/** Time from a case's start to its outcome, in days. */
export interface TimeSummary {
  /** The mean. */
  readonly mean: number;
  /** The median (±0.5%). */
  readonly median: number;
  /** The 90th percentile (±0.5%). */
  readonly p90: number;
}

/** A path variant with its count and share. */
export interface PathSummary {
  /** The states, `>`-joined. */
  readonly path: string;
  /** Cases that took it. */
  readonly count: number;
  /** count / cases of the kind. */
  readonly share: number;
}

/** The statistics of a run, as in the result JSON. */
export interface Summary {
  /** Per kind, per outcome. */
  readonly outcomes: Record<string, Record<string, OutcomeSummary>>;
  /** Per kind, per outcome reached (not open). */
  readonly timeToOutcomeDays: Record<string, Record<string, TimeSummary>>;
  /** Per kind, path variants by count (descending), then by path. */
  readonly paths: Record<string, PathSummary[]>;
}

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/**
 * Summarizes per-replication tallies (in replication order) into shares with intervals, times
 * to outcome and path variants. `outcomeOrder` lists, per kind, the outcomes in display order
 * (every final and settled state, shown even when no case reached it). Pure and deterministic:
 * sums are taken in replication order.
 */
export function summarize(
  reps: readonly Readonly<Record<string, KindTallyData>>[],
  outcomeOrder: Readonly<Record<string, readonly string[]>>,
): Summary {
  const outcomes: Summary['outcomes'] = {};
  const timeToOutcomeDays: Summary['timeToOutcomeDays'] = {};
  const paths: Summary['paths'] = {};
  for (const [kind, order] of Object.entries(outcomeOrder)) {
    const tallies = reps.map((r) => r[kind] ?? { n: 0, outcomes: {}, paths: {} });
    const total = tallies.reduce((a, t) => a + t.n, 0);
    if (total === 0) continue;
    const seen = new Set(tallies.flatMap((t) => Object.keys(t.outcomes)));
    const names = [...order, ...[...seen].filter((o) => !order.includes(o) && o !== OPEN).sort(), ...(seen.has(OPEN) ? [OPEN] : [])];
    outcomes[kind] = {};
    timeToOutcomeDays[kind] = {};
    for (const name of names) {
      const counts = tallies.map((t) => t.outcomes[name]?.count ?? 0);
      const count = counts.reduce((a, b) => a + b, 0);
      const perRep = tallies.filter((t) => t.n > 0).map((t) => (t.outcomes[name]?.count ?? 0) / t.n);
      const [lo, hi] = shareInterval95(perRep, tallies.find((t) => t.n > 0)!.n);
      outcomes[kind][name] = { count, share: round(count / total, 6), ci95: [round(lo, 6), round(hi, 6)] };
      if (name === OPEN || count === 0) continue;
      const sketch = new QuantileSketch();
      let sum = 0;
      for (const t of tallies) {
        const o = t.outcomes[name];
        if (!o) continue;
        sum += o.daysSum;
        sketch.merge(o.days);
      }
      timeToOutcomeDays[kind][name] = { mean: round(sum / sketch.count, 2), median: round(sketch.quantile(0.5), 2), p90: round(sketch.quantile(0.9), 2) };
    }
    const pathCounts = new Map<string, number>();
    for (const t of tallies) for (const [p, n] of Object.entries(t.paths)) pathCounts.set(p, (pathCounts.get(p) ?? 0) + n);
    paths[kind] = [...pathCounts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([path, count]) => ({ path, count, share: round(count / total, 6) }));
  }
  return { outcomes, timeToOutcomeDays, paths };
}
