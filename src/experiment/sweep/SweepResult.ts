import type { Verdict } from '../../record/RecordCheck.js';
import type { Scenario } from '../../scenario/Scenario.js';
import type { StopReason } from './stopReason.js';
import type { SweepTarget } from './SweepDesign.js';

/** The format tag of a sweep's JSON. */
export const sweepResultFormat = 'cable1957.sweep/1';

/** One point of the design: its values, the replications it ran and why it stopped. */
export interface SweepPoint {
  /** The point's index (0-based, in the design's order). */
  readonly point: number;
  /** Each swept key's value. */
  readonly values: Readonly<Record<string, number>>;
  /** Replications run (0, 1, … n − 1: the same streams at every point). */
  readonly replications: number;
  /** `target`: every target's half-width reached; `max`: maxReplications reached first. */
  readonly stopped: StopReason;
}

/** One tidy row: a point × kind × outcome. */
export interface SweepRow extends SweepPoint {
  /** The case kind. */
  readonly kind: string;
  /** The outcome. */
  readonly outcome: string;
  /** Its share of the kind's cases over the point's replications (as simulate's). */
  readonly share: number;
  /** simulate's 95% interval for the share. */
  readonly ci95: readonly [number, number];
  /** The interval's half-width before clipping to [0, 1], which the stopping rule reads. */
  readonly halfWidth: number;
  /** Median days from a case's start to the outcome, or null when none reached it (or it is `(open)`). */
  readonly medianDays: number | null;
}

/** One record check at a point (when the base scenario has checks). */
export interface SweepCheckRow extends SweepPoint {
  /** The check's id. */
  readonly check: string;
  /** The model's estimate, or null when nothing could be counted. */
  readonly estimate: number | null;
  /** Its 95% interval, or null. */
  readonly ci95: readonly [number, number] | null;
  /** Half the interval's width, or null. */
  readonly halfWidth: number | null;
  /** Consistent, inconsistent or undecided against what the record leads us to expect. */
  readonly verdict: Verdict;
}

/** A sweep's result: byte-identical JSON for the same file and seed, whatever the worker count. */
export interface SweepResult {
  /** Always `cable1957.sweep/1`. */
  readonly format: typeof sweepResultFormat;
  /** The base scenario, resolved. */
  readonly scenario: Scenario;
  /** The seed of every point (common random numbers). */
  readonly seed: number;
  /** The engine. */
  readonly engine: string;
  /** A grid or a Latin hypercube. */
  readonly design: 'grid' | 'latinHypercube';
  /** The swept keys and their ranges. */
  readonly ranges: Readonly<Record<string, readonly [number, number]>>;
  /** The targets. */
  readonly targets: readonly SweepTarget[];
  /** Replications added per round. */
  readonly batch: number;
  /** The most replications per point. */
  readonly maxReplications: number;
  /** Cases simulated, over all points. */
  readonly cases: number;
  /** Each point: values, replications, why it stopped. */
  readonly points: readonly SweepPoint[];
  /** One row per point × kind × outcome. */
  readonly rows: readonly SweepRow[];
  /** One row per point × record check (present when the scenario has checks). */
  readonly checks?: readonly SweepCheckRow[];
}
