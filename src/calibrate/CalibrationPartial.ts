import type { CalibrationSettings } from './calibrationCheckpoint.js';
import type { PointResult } from './CalibrationResult.js';

/** The format tag of calibration partials; merging refuses anything else. */
export const calibrationPartialFormat = 'cable1957.calibration-partial/1';

/** One shard of a calibration (`calibrate --shard i/N`): its design points, to be merged with the others. */
export interface CalibrationPartial extends CalibrationSettings {
  /** Always `cable1957.calibration-partial/1`. */
  readonly format: typeof calibrationPartialFormat;
  /** The cable1957 version that wrote it (merging refuses a mix: the points could differ). */
  readonly version: string;
  /** The shard's points, in index order. */
  readonly results: readonly PointResult[];
  /** Seconds the shard took (merged timing adds them up). */
  readonly seconds: number;
  /** `sha256:<hex>` of everything else (`contentDigest`): merging refuses a partial edited after it was written. */
  readonly digest: string;
}
