import type { PointResult } from './CalibrationResult.js';

/** One design point, as a calibration thread is handed it. */
export interface PointTask {
  /** The point's index in the design. */
  readonly index: number;
  /** Its value in each calibrated dimension. */
  readonly values: readonly number[];
}

/**
 * What a calibration thread notes while it works: cases simulated (progress), or a point
 * finished. A finished point travels as a note, not as the task's result, so that it is counted
 * and checkpointed the moment it is done; the pool's results come only when every point is.
 */
export type CalibrationNote = { readonly type: 'cases'; readonly n: number } | { readonly type: 'point'; readonly result: PointResult };
