import { pointScenarios } from './pointScenarios.js';
import { runSweep } from './runSweep.js';
import type { SweepDesign } from './SweepDesign.js';
import type { SweepResult } from './SweepResult.js';
import { summarizeSweep } from './summarizeSweep.js';
import type { SweepState } from './SweepState.js';

/** Where a sweep stands. */
export interface SweepProgress {
  /** Points stopped (of the shard, with one). */
  readonly pointsDone: number;
  /** Points in the design (in the shard, with one). */
  readonly points: number;
  /** Rounds done. */
  readonly rounds: number;
  /** Replications run, over all points. */
  readonly replicationsDone: number;
  /** Cases simulated so far. */
  readonly casesDone: number;
  /** Milliseconds since the start. */
  readonly elapsedMs: number;
}

/** Options of a sweep. */
export interface SweepOptions {
  /** Worker threads the replications are spread over; results are identical for any number. @defaultValue 1 */
  readonly workers?: number;
  /** Hears of progress (after each replication and every few thousand cases). */
  readonly onProgress?: (progress: SweepProgress) => void;
  /** Hears of every finished round with the state: where a checkpoint would be written. */
  readonly onRound?: (state: SweepState) => void;
  /** Stops the run (threads are terminated; the promise rejects with the signal's reason). */
  readonly signal?: AbortSignal;
  /** Start from this state (one `onRound` gave, e.g. from a checkpoint) instead of the beginning: the result is the same. @defaultValue the state before any round */
  readonly state?: SweepState;
}

/**
 * Runs a sweep: every point on the same seed (common random numbers: replication r is the same
 * streams at every point), in rounds — each running point gets its next `batch` replications, then
 * the stopping rule reads its targets' half-widths — until every point has met its targets or
 * reached `maxReplications`. The state after each round depends only on the design and the
 * rounds done, so the result is the same for any `workers`.
 */
export async function sweep(design: SweepDesign, options: SweepOptions = {}): Promise<SweepResult> {
  const state = await runSweep(design, options);
  return summarizeSweep(design, state, pointScenarios(design));
}
