import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Shard } from '../../io/shardFromEnvironment.js';
import type { KindTallyData } from '../../stats/KindTally.js';
import { startWorkerPool } from '../workerPool.js';
import { advanceSweep } from './advanceSweep.js';
import { pointScenarios } from './pointScenarios.js';
import { replicationRunner, type SweepTask } from './replicationRunner.js';
import type { SweepOptions } from './sweep.js';
import type { SweepDesign } from './SweepDesign.js';
import { initialSweepState, nextTasks, type SweepState } from './SweepState.js';

/** Options of `runSweep`: `sweep`'s, and what a shard or a checkpoint needs. */
export interface RunSweepOptions extends SweepOptions {
  /** Run only this shard's points (p mod count = index − 1); the others stay as they are. @defaultValue every point */
  readonly shard?: Shard;
  /**
   * Hears of every finished replication with its tallies: as it ends on one thread, at the end
   * of its round with worker threads. Where a checkpoint records its units.
   */
  readonly onReplication?: (task: SweepTask, tallies: Readonly<Record<string, KindTallyData>>) => void;
}

const workerFile = () => fileURLToPath(new URL('./sweepWorker.js', import.meta.url));

/**
 * Runs a sweep's rounds (see `sweep`) from `options.state` until every point (of the shard) has
 * stopped, and returns the final state. A point's replications and its stop depend only on its
 * own results, so a shard runs its points exactly as the whole sweep would.
 */
export async function runSweep(design: SweepDesign, options: RunSweepOptions = {}): Promise<SweepState> {
  const workers = options.workers ?? 1;
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 64)) throw new RangeError(`sweep: workers must be an integer from 1 to 64; got ${workers}`);
  const scenarioAt = pointScenarios(design);
  const began = performance.now();
  let casesDone = 0;
  let replicationsDone = 0;
  let state = options.state ?? initialSweepState(design);
  if (state.points.length !== design.points.length) throw new RangeError(`sweep: the state has ${state.points.length} points, the design ${design.points.length}`);
  const shard = options.shard ?? { index: 1, count: 1 };
  // Progress counts this shard's points only: a shard is done when they are.
  const mine = (point: number) => point % shard.count === shard.index - 1;
  const report = () =>
    options.onProgress?.({
      pointsDone: state.points.filter((p, i) => mine(i) && p.stopped !== null).length,
      points: state.points.filter((_, i) => mine(i)).length,
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
      const tasks = nextTasks(design, state, shard);
      if (tasks.length === 0) break;
      let results: Record<string, KindTallyData>[];
      if (pool) {
        results = await pool.run(tasks);
        replicationsDone += tasks.length;
        tasks.forEach((task, i) => options.onReplication?.(task, results[i]!));
      } else {
        results = [];
        for (const task of tasks) {
          options.signal?.throwIfAborted();
          const tallies = await here!(task, onCases);
          results.push(tallies);
          replicationsDone++;
          options.onReplication?.(task, tallies);
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
  return state;
}
