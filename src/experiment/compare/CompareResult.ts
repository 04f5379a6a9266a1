import type { Measure } from '../../record/RecordCheck.js';
import type { Scenario } from '../../scenario/Scenario.js';

/** A paired difference B − A: each arm's mean over the paired replications, their difference and its 95% interval. */
export interface PairedDifference {
  /** Arm A's mean over the paired replications. */
  readonly a: number;
  /** Arm B's mean over the paired replications. */
  readonly b: number;
  /** b − a: the mean of the per-replication differences. */
  readonly diff: number;
  /** A 95% Student-t interval for the difference, across the per-replication differences. */
  readonly ci95: readonly [number, number];
  /** The replications paired (those where both arms had something to measure). */
  readonly replications: number;
}

/** How much pairing saved, measured: variances of the per-replication differences, paired and on independent streams. */
export interface VarianceReduction {
  /** The variance across replications of B − A on common random numbers. */
  readonly paired: number;
  /** The variance across replications of B − A with B run on an independent seed. */
  readonly independent: number;
  /** independent / paired; null when the paired variance is 0 (the arms agree case by case, or the share never varies). */
  readonly ratio: number | null;
}

/** One outcome of one kind: the difference in share and in median days to it. */
export interface OutcomeDifference {
  /** The share of the kind's cases reaching the outcome. */
  readonly share: PairedDifference;
  /** Days from a case's start to the outcome, at each replication's median; null when fewer than 2 replications reached it in both arms. */
  readonly medianDays: PairedDifference | null;
  /** The share's variance reduction against independent streams. */
  readonly varianceReduction: VarianceReduction;
  /** The median days' variance reduction against independent streams, over the replications where all three runs (A, B, B on the independent seed) reached the outcome; null for `(open)` or when fewer than 2 did. */
  readonly medianDaysVarianceReduction: VarianceReduction | null;
}

/** One record check present in both arms: the difference in its estimate. */
export interface RecordDifference {
  /** The check's id. */
  readonly id: string;
  /** What it measures. */
  readonly measure: Measure;
  /** The difference in its per-replication estimate (share, scaled count or days at the quantile); null when fewer than 2 replications could be counted in both arms. */
  readonly difference: PairedDifference | null;
}

/** One arm of a comparison. */
export interface Arm {
  /** The resolved scenario it ran (seed and replications those of the comparison). */
  readonly scenario: Scenario;
}

/** The result of `cable1957 compare`, exactly as `--format json` prints it. */
export interface CompareResult {
  /** The two arms: A (the reference) and B. */
  readonly arms: { readonly a: Arm; readonly b: Arm };
  /** The seed both arms ran on. */
  readonly seed: number;
  /** Replications per arm. */
  readonly replications: number;
  /** The seed of the independent rerun of B that measures the variance reduction. */
  readonly independentSeed: number;
  /** The engine. */
  readonly engine: string;
  /** Per kind, per outcome: B − A. */
  readonly differences: Record<string, Record<string, OutcomeDifference>>;
  /** Over the shares the arms change (paired variance > 0): the sum of independent variances over the sum of paired ones; null when no share changes in any replication. */
  readonly varianceReduction: number | null;
  /** Per record check present in both arms with the same measure: B − A. */
  readonly record?: readonly RecordDifference[];
  /** What the reader must know: kinds or checks left out, counts that differ between the arms. */
  readonly notes: readonly string[];
}
