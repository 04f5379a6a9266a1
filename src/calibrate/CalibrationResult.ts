import type { CheckUse, Expectation, Measure, Verdict } from '../record/RecordCheck.js';

/** What one design point gave: its values and each record check's estimate. Plain data (crosses worker threads). */
export interface PointResult {
  /** The point's index in the design (0-based). */
  readonly index: number;
  /** The value of each calibrated assumption, in the order of `calibrate:`. */
  readonly values: readonly number[];
  /** Each record check's result, in the order of `record:`. */
  readonly checks: readonly PointCheck[];
  /** Cases simulated for this point. */
  readonly cases: number;
}

/** One record check at one design point. */
export interface PointCheck {
  /** The check's id. */
  readonly id: string;
  /** The model's estimate, or null when the point gave none (no case to measure). */
  readonly estimate: number | null;
  /** The verdict of the model's interval against the expectation. */
  readonly verdict: Verdict;
}

/** The 5%, 50% and 95% quantiles of a set of values. */
export interface Quantiles {
  /** The 5% quantile. */
  readonly p5: number;
  /** The median. */
  readonly p50: number;
  /** The 95% quantile. */
  readonly p95: number;
}

/** One calibrated assumption: its prior range and its range over the accepted points. */
export interface PosteriorRange extends Quantiles {
  /** The prior range `[lo, hi]` from `calibrate:`. */
  readonly prior: readonly [number, number];
}

/** A record check over the accepted points. */
export interface CheckSummary {
  /** The check's id. */
  readonly id: string;
  /** `calibration` (used to accept points) or `validation` (held out). */
  readonly use: CheckUse;
  /** The finding, in a few words. */
  readonly says: string;
  /** The model quantity it reads. */
  readonly measure: Measure;
  /** What the record says the measure should be. */
  readonly expect: Expectation;
  /** Accepted points whose estimate lies in the expected region. */
  readonly satisfied: number;
  /** How many accepted points gave each verdict. */
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** The estimate's quantiles over the accepted points that gave one; null when none did. */
  readonly estimate: Quantiles | null;
}

/** One design point as the report lists it. */
export interface DesignPoint {
  /** The assumptions' values, by key. */
  readonly values: Readonly<Record<string, number>>;
  /** Each calibration check's estimate, by id. */
  readonly estimates: Readonly<Record<string, number | null>>;
  /** The summed distance outside the calibration checks' regions (0: all satisfied; null: a check had no estimate). */
  readonly distance: number | null;
  /** Whether the point is accepted. */
  readonly accepted: boolean;
}

/**
 * The result of `calibrate`, exactly as `cable1957 calibrate --format json` prints it. Everything
 * but `timing` is byte-identical for the same scenario, options and seed, whatever the workers.
 */
export interface CalibrationResult {
  /** The calibrated scenario's name. */
  readonly scenario: string;
  /** The seed of the design and of every point's simulation (common random numbers). */
  readonly seed: number;
  /** The engine that ran the points. */
  readonly engine: string;
  /** Design points tried. */
  readonly points: number;
  /** Replications per point. */
  readonly replicationsPerPoint: number;
  /** The share of closest points accepted when none satisfies every calibration check. */
  readonly epsilon: number;
  /** Points accepted. */
  readonly accepted: number;
  /** `satisfies`: the accepted points satisfy every calibration check; `closest`: none did, and the closest `epsilon` share was taken. */
  readonly acceptedBy: 'satisfies' | 'closest';
  /** The ids of the checks used to accept points. */
  readonly calibrationChecks: readonly string[];
  /** The ids of the checks held out (validation). */
  readonly validationChecks: readonly string[];
  /** Per calibrated assumption: prior and the 5/50/95% quantiles over the accepted points. */
  readonly posterior: Readonly<Record<string, PosteriorRange>>;
  /** Every record check over the accepted points, calibration first, then validation. */
  readonly checks: readonly CheckSummary[];
  /** The accepted point nearest the posterior medians (range-normalised): the calibrated scenario's values. */
  readonly chosen: { readonly point: number; readonly values: Readonly<Record<string, number>> };
  /** Every point tried, in design order. */
  readonly design: readonly DesignPoint[];
  /** Cases simulated over all points. */
  readonly cases: number;
  /** Wall-clock time: the one part that differs between runs. */
  readonly timing: { readonly seconds: number; readonly casesPerSecond: number };
}
