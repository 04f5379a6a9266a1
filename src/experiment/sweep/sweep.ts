import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { KindTallyData } from '../../stats/KindTally.js';
import { startWorkerPool } from '../workerPool.js';
import { advanceSweep } from './advanceSweep.js';
import { pointScenarios } from './pointScenarios.js';
import { replicationRunner, type SweepTask } from './replicationRunner.js';
import type { SweepDesign } from './SweepDesign.js';
import type { SweepResult } from './SweepResult.js';
import { summarizeSweep } from './summarizeSweep.js';
import { initialSweepState, nextTasks, type SweepState } from './SweepState.js';

/** Where a sweep stands. */
export interface SweepProgress {
  /** Points stopped. */
  readonly pointsDone: number;
  /** Points in the design. */
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

const workerFile = () => fileURLToPath(new URL('./sweepWorker.js', import.meta.url));

/**
 * Runs a sweep: every point on the same seed (common random numbers: replication r is the same
 * streams at every point), in rounds — each running point gets its next `batch` replications, then
 * the stopping rule reads its targets' half-widths — until every point has met its targets or
 * reached `maxReplications`. The state after each round depends only on the design and the
 * rounds done, so the result is the same for any `workers`.
 */
export async function sweep(design: SweepDesign, options: SweepOptions = {}): Promise<SweepResult> {
  const workers = options.workers ?? 1;
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 64)) throw new RangeError(`sweep: workers must be an integer from 1 to 64; got ${workers}`);
  const scenarioAt = pointScenarios(design);
  const began = performance.now();
  let casesDone = 0;
  let replicationsDone = 0;
  let state = options.state ?? initialSweepState(design);
  if (state.points.length !== design.points.length) throw new RangeError(`sweep: the state has ${state.points.length} points, the design ${design.points.length}`);
  const report = () =>
    options.onProgress?.({
      pointsDone: state.points.filter((p) => p.stopped !== null).length,
      points: state.points.length,
      rounds: state.rounds,
      replicationsDone,
      casesDone,
      elapsedMs: performance.now() - began,
    });
  const onCases = (n: number) => {
    casesDone += n;
    report();
  };
  // More threads than cores only cost memory and time; one thread is this one.
  const threads = Math.min(workers, availableParallelism());
  const pool =
    threads > 1
      ? startWorkerPool<SweepTask, Record<string, KindTallyData>>(workerFile(), threads, {
          workerData: { scenario: design.scenario, ranges: design.ranges, where: design.where },
          onNote: (n) => onCases(n as number),
          ...(options.signal ? { signal: options.signal } : {}),
        })
      : undefined;
  const here = pool ? undefined : replicationRunner(design, options.signal);
  try {
    for (;;) {
      const tasks = nextTasks(design, state);
      if (tasks.length === 0) break;
      let results: Record<string, KindTallyData>[];
      if (pool) {
        results = await pool.run(tasks);
        replicationsDone += tasks.length;
      } else {
        results = [];
        for (const task of tasks) {
          options.signal?.throwIfAborted();
          results.push(await here!(task, onCases));
          replicationsDone++;
          report();
        }
      }
      state = advanceSweep(design, state, tasks, results, scenarioAt);
      options.onRound?.(state);
      report();
    }
  } finally {
    await pool?.close();
  }
  return summarizeSweep(design, state, scenarioAt);
}
