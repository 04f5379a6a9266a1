import type { Shard } from '../io/shardFromEnvironment.js';
import { readCheckpoint } from '../io/readCheckpoint.js';
import type { Scenario } from '../scenario/Scenario.js';
import type { PointResult } from './CalibrationResult.js';
import { checkPointResults } from './checkPointResults.js';

/** The settings that fix a calibration's points: its checkpoint and partials must match them. */
export interface CalibrationSettings {
  /** The scenario as loaded (before the point's values). */
  readonly scenario: Scenario;
  /** Design points. */
  readonly points: number;
  /** The seed of the design and the simulations. */
  readonly seed: number;
  /** Replications per point. */
  readonly replications: number;
  /** The closest share accepted when none satisfies (it changes the summary, not the points). */
  readonly epsilon: number;
  /** The shard. */
  readonly shard: Shard;
}

/** What names a calibration in its checkpoint: the command and its settings (not workers, not the output format). Pure. */
export function calibrationCheckpointHeader(settings: CalibrationSettings): Record<string, unknown> {
  return { command: 'calibrate', ...settings };
}

/**
 * The finished points in a calibration checkpoint (parsed JSON from `where`), for the run with
 * `settings` and the design `design`: refused with one InputError when it is another run's,
 * another version's, corrupt or edited (readCheckpoint), or holds a point this run would not
 * have computed (checkPointResults).
 */
export function resumeCalibration(data: unknown, where: string, settings: CalibrationSettings, design: readonly (readonly number[])[]): PointResult[] {
  const done = readCheckpoint(data, where, calibrationCheckpointHeader(settings));
  return checkPointResults(done, where, 'done', design, settings.scenario.record, settings.shard);
}
