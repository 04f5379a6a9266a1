import { QuantileSketch, type SketchData } from './QuantileSketch.js';

/** What one case contributes to the statistics. */
export interface CaseResult {
  /** The final or settled state, or `(open)` when the horizon came first. */
  readonly outcome: string;
  /** The states the case went through, `>`-joined. */
  readonly path: string;
  /** Days from the case's start to its outcome, or null while open. */
  readonly days: number | null;
  /** The day (since the simulation's start) the case started. */
  readonly startDay: number;
  /** The cohort its driver put it in, if any. */
  readonly cohort?: string | undefined;
}

/** The outcome a case has when the horizon comes before a final or settled state. */
export const OPEN = '(open)';

/**
 * What a record check counts in one kind, made ready for the inner loop: which cases are in its
 * denominator (cohort, and started early enough to be watched) and which reached the outcome in time.
 */
export interface CheckCounter {
  /** The check's id. */
  readonly id: string;
  /** The outcomes that count. */
  readonly outcomes: ReadonlySet<string>;
  /** Only cases of this cohort, or all. */
  readonly cohort: string | undefined;
  /** Only cases started on or before this day (`within`: horizon − within; `by`: that day), or Infinity. */
  readonly startedBy: number;
  /** The outcome counts only if reached within this many days of the case's start, or Infinity. */
  readonly withinDays: number;
  /** The outcome counts only if reached by this day since the simulation's start, or Infinity. */
  readonly byDay: number;
  /** Whether to keep the days of the cases that count (a time quantile). */
  readonly timed: boolean;
}

/** One check's counts in one replication: cases in its denominator, cases that count, and their days when timed. */
export interface CheckTallyData {
  /** Cases in the denominator. */
  readonly n: number;
  /** Cases that reached the outcome in time. */
  readonly k: number;
  /** Their days from start to outcome (timed checks only). */
  readonly days?: SketchData;
}

/** A tally's serialized form (inside partial results). */
export interface KindTallyData {
  /** Cases counted. */
  readonly n: number;
  /** Per outcome: count, sum of days and their sketch. */
  readonly outcomes: Readonly<Record<string, { readonly count: number; readonly daysSum: number; readonly days: SketchData }>>;
  /** Per path: count. */
  readonly paths: Readonly<Record<string, number>>;
  /** Per record check on this kind: its counts (present only when the scenario has such checks). */
  readonly checks?: Readonly<Record<string, CheckTallyData>>;
}

/** One outcome's counts in a tally: cases, their summed days, and the days' sketch. */
export interface OutcomeCounts {
  /** Cases with this outcome. */
  count: number;
  /** Their days from start to outcome, summed. */
  daysSum: number;
  /** Those days' sketch. */
  readonly days: QuantileSketch;
}

const byKey = <T>(m: Map<string, T>) => [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

/**
 * The statistics of one case kind in one replication: outcome counts, time-to-outcome sums and
 * sketches, path counts, and the counts of the record checks on the kind. Its size depends on the
 * number of distinct outcomes, paths, checks and time buckets, never on the number of cases.
 */
export class KindTally {
  n = 0;
  readonly outcomes = new Map<string, OutcomeCounts>();
  readonly paths = new Map<string, number>();
  private readonly counters: readonly { readonly check: CheckCounter; n: number; k: number; readonly days: QuantileSketch | null }[];

  private pathIds = new Float64Array(0);

  /**
   * A tally that also counts for `checks` (the record checks on this kind); `pathName` names the
   * path ids of `addById` (a trie's node ids).
   */
  constructor(
    checks: readonly CheckCounter[] = [],
    private readonly pathName: (id: number) => string = (id) => {
      throw new Error(`no name for path id ${id}`);
    },
  ) {
    this.counters = checks.map((check) => ({ check, n: 0, k: 0, days: check.timed ? new QuantileSketch() : null }));
  }

  /** Counts one case. */
  add(result: CaseResult): void {
    this.paths.set(result.path, (this.paths.get(result.path) ?? 0) + 1);
    this.count(result.outcome, result.days, result.startDay, result.cohort);
  }

  /**
   * Counts one case whose path is given as an id of `pathName` (the constructor's): the same
   * counts as `add`, without a path string per case (the strings are made once, by `toJSON`).
   */
  addById(outcome: string, pathId: number, days: number | null, startDay: number, cohort: string | undefined): void {
    this.addByIdTo(this.outcomeCounts(outcome), outcome, pathId, days, startDay, cohort);
  }

  /**
   * `addById` with the outcome's counts already looked up (`outcomeCounts(outcome)`, kept by a
   * caller that counts many cases into this tally).
   */
  addByIdTo(counts: OutcomeCounts, outcome: string, pathId: number, days: number | null, startDay: number, cohort: string | undefined): void {
    if (pathId >= this.pathIds.length) {
      const bigger = new Float64Array(Math.max(64, 2 * (pathId + 1)));
      bigger.set(this.pathIds);
      this.pathIds = bigger;
    }
    this.pathIds[pathId]!++;
    this.countTo(counts, outcome, days, startDay, cohort);
  }

  /** An outcome's counts in this tally, made on first use (an outcome no case reached is not listed, so call it for a case being counted). */
  outcomeCounts(outcome: string): OutcomeCounts {
    let o = this.outcomes.get(outcome);
    if (!o) {
      o = { count: 0, daysSum: 0, days: new QuantileSketch() };
      this.outcomes.set(outcome, o);
    }
    return o;
  }

  private count(outcome: string, days: number | null, startDay: number, cohort: string | undefined): void {
    this.countTo(this.outcomeCounts(outcome), outcome, days, startDay, cohort);
  }

  private countTo(o: OutcomeCounts, outcome: string, days: number | null, startDay: number, cohort: string | undefined): void {
    this.n++;
    o.count++;
    if (days !== null) {
      o.daysSum += days;
      o.days.add(days);
    }
    for (const c of this.counters) {
      const check = c.check;
      if ((check.cohort !== undefined && cohort !== check.cohort) || startDay > check.startedBy) continue;
      c.n++;
      if (days === null || !check.outcomes.has(outcome) || days > check.withinDays || startDay + days > check.byDay) continue;
      c.k++;
      c.days?.add(days);
    }
  }

  /** Every path counted, by its string: those added as strings and those added by id. */
  private pathCounts(): Map<string, number> {
    const all = new Map(this.paths);
    for (let id = 0; id < this.pathIds.length; id++) {
      const n = this.pathIds[id]!;
      if (n === 0) continue;
      const path = this.pathName(id);
      all.set(path, (all.get(path) ?? 0) + n);
    }
    return all;
  }

  /** Plain JSON, keys sorted, for partial results. */
  toJSON(): KindTallyData {
    const data: KindTallyData = {
      n: this.n,
      outcomes: Object.fromEntries(byKey(this.outcomes).map(([k, o]) => [k, { count: o.count, daysSum: o.daysSum, days: o.days.toJSON() }])),
      paths: Object.fromEntries(byKey(this.pathCounts())),
    };
    if (this.counters.length === 0) return data;
    const checks = new Map(this.counters.map((c) => [c.check.id, c.days ? { n: c.n, k: c.k, days: c.days.toJSON() } : { n: c.n, k: c.k }] as const));
    return { ...data, checks: Object.fromEntries(byKey(checks)) };
  }
}
