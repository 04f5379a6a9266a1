import type { Scenario } from '../../scenario/Scenario.js';

/** A target on an outcome share: the sweep adds replications at a point until its 95% half-width is at most `halfWidth`. */
export interface OutcomeTarget {
  /** The case kind. */
  readonly kind: string;
  /** One of the kind's outcomes (a final or settled state, or `(open)`). */
  readonly outcome: string;
  /** The half-width to reach, a share in (0, 1]. */
  readonly halfWidth: number;
}

/** A target on one of the base scenario's record checks, in the check's own unit (share, count or days). */
export interface CheckTarget {
  /** The record check's id. */
  readonly check: string;
  /** The half-width to reach (> 0). */
  readonly halfWidth: number;
}

/** What a sweep targets. */
export type SweepTarget = OutcomeTarget | CheckTarget;

/** A sweep file, checked and resolved: everything `sweep` needs, and nothing that cannot cross to a worker thread. */
export interface SweepDesign {
  /** Where it came from (a file name), to prefix messages. */
  readonly where: string;
  /** The base scenario, resolved, with the sweep's seed. */
  readonly scenario: Scenario;
  /** How the points were made: a grid (every combination, the first key slowest) or a seeded Latin hypercube. */
  readonly design: 'grid' | 'latinHypercube';
  /** The swept keys, in the file's order (calibrate's key forms: `probabilities.koreaHandsOver`, …). */
  readonly keys: readonly string[];
  /** Per key, the range its values lie in (a grid's least and greatest value): enough to rebuild its setter in a worker. */
  readonly ranges: Readonly<Record<string, readonly [number, number]>>;
  /** The points: one value per key, in `keys` order. */
  readonly points: readonly (readonly number[])[];
  /** The targets (none: every point runs `maxReplications`). */
  readonly targets: readonly SweepTarget[];
  /** Replications added to a point per round. @defaultValue 5 */
  readonly batch: number;
  /** The most replications a point runs. @defaultValue 200 */
  readonly maxReplications: number;
}
