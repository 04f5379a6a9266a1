/** Which model quantity a record check reads (design §7, version 2). */
export interface Measure {
  /** The case kind. */
  readonly kind: string;
  /** The outcome (a final or settled state), or several: a case counts when it reached any. */
  readonly outcome: string | readonly string[];
  /** Only outcomes reached within this many days of the case's start; cases started later than horizon − within are left out (they could not be watched that long). */
  readonly within?: number;
  /** Only outcomes reached by this date, `YYYY-MM-DD`, inside the run. */
  readonly by?: string;
  /** Only cases of this cohort (one the kind's driver declares, e.g. crossings after the effective date). */
  readonly cohort?: string;
  /** Makes the measure a count: cases per replication that reached the outcome, times `scale`. */
  readonly scale?: number;
  /** Makes the measure a time: this quantile of days from start to the outcome. */
  readonly quantile?: number;
}

/** What the record leads us to expect of a measure. */
export type Expectation =
  | { readonly atLeast: number }
  | { readonly atMost: number }
  | { readonly between: readonly [number, number] }
  | { readonly about: number; readonly tolerance: number };

/** How a check is used: to calibrate assumptions, or held out to validate them. */
export type CheckUse = 'calibration' | 'validation';

/** One check of the model against the historical record. */
export interface RecordCheck {
  /** A unique id, e.g. `jilin1961-not-forced-back`. */
  readonly id: string;
  /** The document, its date and paragraph. */
  readonly source: string;
  /** The figure or finding, in a few words. */
  readonly says: string;
  /** The model quantity it bears on. */
  readonly measure: Measure;
  /** What the record leads us to expect of it. */
  readonly expect: Expectation;
  /** Calibration (calibrate may fit to it) or validation (held out). */
  readonly use: CheckUse;
}

/** A check's outcome: consistent (interval inside), inconsistent (disjoint) or undecided (straddles). */
export type Verdict = 'consistent' | 'inconsistent' | 'undecided';

/** One check as a run reports it: the model's estimate with its Monte Carlo interval, and the verdict. */
export interface RecordResult extends RecordCheck {
  /** The model's estimate and 95% Monte Carlo interval; null when no case of the measure could be counted. */
  readonly model: { readonly estimate: number | null; readonly ci95: readonly [number, number] | null };
  /** The verdict. */
  readonly verdict: Verdict;
  /** Why the verdict is undecided when there is no estimate. */
  readonly note?: string;
}
