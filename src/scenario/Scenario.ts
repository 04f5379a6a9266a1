import type { DurationKey, ProbabilityKey } from '../../machines/index.js';

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
}
