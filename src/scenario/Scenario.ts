import type { DurationKey, ProbabilityKey } from '../../machines/index.js';
import type { RecordCheck } from '../record/RecordCheck.js';

/** A duration distribution, in days. */
export type Distribution =
  | { readonly dist: 'fixed'; readonly days: number }
  | { readonly dist: 'uniform'; readonly min: number; readonly max: number }
  | { readonly dist: 'exponential'; readonly mean: number }
  | { readonly dist: 'lognormal'; readonly median: number; readonly p90: number };

/** A resolved scenario: every key present (defaults from the embedded baseline). */
export interface Scenario {
  /** The scenario's name. */
  readonly name: string;
  /** What it represents. */
  readonly description: string;
  /** Where its figures come from. */
  readonly sources: readonly string[];
  /** The seed of every random stream. */
  readonly seed: number;
  /** How many replications to run. */
  readonly replications: number;
  /** The simulation's start date, YYYY-MM-DD. */
  readonly startDate: string;
  /** How many days the simulation covers. */
  readonly horizonDays: number;
  /** The readings in force (every reading named). */
  readonly readings: Readonly<Record<string, string>>;
  /** Per case kind: `count` and the kind's driver settings. */
  readonly population: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Every probability, by key: all of the drivers' keys are present, so none can be missing. */
  readonly probabilities: Readonly<Record<ProbabilityKey, number>>;
  /** Every duration distribution, by key: all of the drivers' keys are present. */
  readonly durations: Readonly<Record<DurationKey, Distribution>>;
  /** What the historical record says, as checks on the model (empty when the scenario has none). */
  readonly record: readonly RecordCheck[];
  /** The assumptions `calibrate` may move, by key path (`probabilities.koreaHandsOver`), with their prior ranges. */
  readonly calibrate: Readonly<Record<string, readonly [number, number]>>;
  /** Present in a scenario that `calibrate` wrote: how it was calibrated. */
  readonly calibrated?: Provenance;
}

/** How a calibrated scenario came about (written by `cable1957 calibrate`). */
export interface Provenance {
  /** The scenario it was calibrated from. */
  readonly from: string;
  /** The calibration checks it was fitted to. */
  readonly checks: readonly string[];
  /** The validation checks held out. */
  readonly heldOut: readonly string[];
  /** Design points tried. */
  readonly points: number;
  /** Points accepted. */
  readonly accepted: number;
  /** `satisfies`: every calibration check met; `closest`: none met them all, the closest share was kept. */
  readonly acceptedBy: 'satisfies' | 'closest';
  /** The share of closest points accepted when none satisfies every calibration check (`--epsilon`). */
  readonly epsilon: number;
  /** The seed of the design and of every point's run. */
  readonly seed: number;
  /** Replications run at each point. */
  readonly replicationsPerPoint: number;
  /** The cable1957 version that calibrated it. */
  readonly version: string;
  /** Per calibrated key: the 5%, 50% and 95% points of the accepted values. */
  readonly posterior: Readonly<Record<string, readonly [number, number, number]>>;
}
