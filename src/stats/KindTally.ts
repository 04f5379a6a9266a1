import { QuantileSketch, type SketchData } from './QuantileSketch.js';

/** What one case contributes to the statistics. */
export interface CaseResult {
  /** The final or settled state, or `(open)` when the horizon came first. */
  readonly outcome: string;
  /** The states the case went through, `>`-joined. */
  readonly path: string;
  /** Days from the case's start to its outcome, or null while open. */
  readonly days: number | null;
}

/** The outcome a case has when the horizon comes before a final or settled state. */
export const OPEN = '(open)';

/** A tally's serialized form (inside partial results). */
export interface KindTallyData {
  /** Cases counted. */
  readonly n: number;
  /** Per outcome: count, sum of days and their sketch. */
  readonly outcomes: Readonly<Record<string, { readonly count: number; readonly daysSum: number; readonly days: SketchData }>>;
  /** Per path: count. */
  readonly paths: Readonly<Record<string, number>>;
}

/**
 * The statistics of one case kind in one replication: outcome counts, time-to-outcome sums and
 * sketches, path counts. Its size depends on the number of distinct outcomes, paths and time
 * buckets, never on the number of cases.
 */
export class KindTally {
  n = 0;
  readonly outcomes = new Map<string, { count: number; daysSum: number; days: QuantileSketch }>();
  readonly paths = new Map<string, number>();

  /** Counts one case. */
  add(result: CaseResult): void {
    this.n++;
    let o = this.outcomes.get(result.outcome);
    if (!o) {
      o = { count: 0, daysSum: 0, days: new QuantileSketch() };
      this.outcomes.set(result.outcome, o);
    }
    o.count++;
    if (result.days !== null) {
      o.daysSum += result.days;
      o.days.add(result.days);
    }
    this.paths.set(result.path, (this.paths.get(result.path) ?? 0) + 1);
  }

  /** Plain JSON, keys sorted, for partial results. */
  toJSON(): KindTallyData {
    const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return {
      n: this.n,
      outcomes: Object.fromEntries(sorted(this.outcomes).map(([k, o]) => [k, { count: o.count, daysSum: o.daysSum, days: o.days.toJSON() }])),
      paths: Object.fromEntries(sorted(this.paths)),
    };
  }
}
