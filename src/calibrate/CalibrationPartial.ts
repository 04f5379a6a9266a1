import type { Shard } from '../io/shardFromEnvironment.js';
import type { Scenario } from '../scenario/Scenario.js';
import type { PointResult } from './CalibrationResult.js';

/** The format tag of calibration partials; merging refuses anything else. */
export const calibrationPartialFormat = 'cable1957.calibration-partial/1';

/** One shard of a calibration (`calibrate --shard i/N`): its design points, to be merged with the others. */
export interface CalibrationPartial {
  /** Always `cable1957.calibration-partial/1`. */
  readonly format: typeof calibrationPartialFormat;
  /** The cable1957 version that wrote it (merging refuses a mix: the points could differ). */
  readonly version: string;
  /** The scenario as loaded (resolved). */
  readonly scenario: Scenario;
  /** Design points of the whole calibration. */
  readonly points: number;
  /** The seed of the design and the simulations. */
  readonly seed: number;
  /** Replications per point. */
  readonly replications: number;
  /** The closest share accepted when none satisfies. */
  readonly epsilon: number;
  /** Which shard: points p with p mod count = index − 1. */
  readonly shard: Shard;
  /** The shard's points, in index order. */
  readonly results: readonly PointResult[];
  /** Seconds the shard took (merged timing adds them up). */
  readonly seconds: number;
  /** `sha256:<hex>` of everything else (`contentDigest`): merging refuses a partial edited after it was written. */
  readonly digest: string;
}
