import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startWorkerPool } from '../experiment/workerPool.js';
import { InputError } from '../InputError.js';
import { isSeed, seedRange } from '../random/seedHalves.js';
import { calibrationRanges } from '../scenario/calibrationRanges.js';
import type { CalibrationNote, PointTask } from './CalibrationNote.js';
import type { CalibrationResult, PointResult } from './CalibrationResult.js';
import { designValues } from './designValues.js';
import type { Scenario } from '../scenario/Scenario.js';
import { calibrationEngine, runPoint } from './runPoint.js';
import { satisfiesCalibration, summarizeCalibration, type CalibrationRun } from './summarizeCalibration.js';
import type { Shard } from '../io/shardFromEnvironment.js';

/** Where a calibration stands. */
export interface CalibrationProgress {
  /** Design points finished. */
  readonly pointsDone: number;
  /** Design points to run. */
  readonly points: number;
  /** Points so far that satisfy every calibration check. */
  readonly satisfying: number;
  /** Cases simulated so far. */
  readonly casesDone: number;
  /** Milliseconds since the start. */
  readonly elapsedMs: number;
}

/** Options of a calibration. */
export interface CalibrateOptions {
  /** Design points to try (a Latin hypercube over the `calibrate:` ranges). */
  readonly points: number;
  /** The seed of the design and of every point's simulation. @defaultValue the scenario's seed */
  readonly seed?: number;
  /** Replications per point. @defaultValue 1 */
  readonly replications?: number;
  /** Worker threads the points are shared out to (each takes the next point when it is free); results are identical for any number. @defaultValue 1 */
  readonly workers?: number;
  /** The share of closest points accepted when none satisfies every calibration check, in (0, 1]. @defaultValue 0.05 */
  readonly epsilon?: number;
  /** Hears of progress (after each point and every few thousand cases). */
  readonly onProgress?: (progress: CalibrationProgress) => void;
  /** Stops the run (workers are terminated; the promise rejects with the signal's reason). */
  readonly signal?: AbortSignal;
  /** Where the scenario came from (a file name), to prefix errors. @defaultValue `scenario <name>` */
  readonly where?: string;
  /** Run only shard `index` (1-based) of `count`: points p with p mod count = index − 1 (calibrationPoints only; `calibrate` needs every point). @defaultValue every point */
  readonly shard?: Shard;
  /** Points already finished (from a checkpoint, checked by checkPointResults): not run again. @defaultValue none */
  readonly resume?: readonly PointResult[];
  /** Hears of each point as it finishes (to checkpoint it). */
  readonly onPoint?: (result: PointResult) => void;
}

/** A calibration's points (all, or one shard's) in index order, with what summarizing them needs. */
export interface CalibrationPoints {
  /** The finished points, in index order. */
  readonly points: readonly PointResult[];
  /** The run's settings, for summarizeCalibration (its `seconds`: this process's time). */
  readonly run: CalibrationRun;
  /** The design's values, by point index (every point, not only the shard's). */
  readonly design: readonly (readonly number[])[];
}

const workerFile = () => fileURLToPath(new URL('./calibrationWorker.js', import.meta.url));

/**
 * Runs a calibration's design points (every point, or one shard's), skipping those given as
 * finished, and returns them in index order with the run's settings: the work of `calibrate`
 * without the summary, for shards and checkpoints. Checks the options as `calibrate` does.
 */
export async function calibrationPoints(scenario: Scenario, options: CalibrateOptions): Promise<CalibrationPoints> {
  const where = options.where ?? `scenario ${scenario.name}`;
  const { points } = options;
  if (!(Number.isInteger(points) && points >= 1 && points <= 100000)) throw new InputError(`calibrate: points must be an integer from 1 to 100000; got ${points}`);
  const replications = options.replications ?? 1;
  if (!(Number.isInteger(replications) && replications >= 1 && replications <= 100000)) throw new InputError(`calibrate: replications must be an integer from 1 to 100000; got ${replications}`);
  const workers = options.workers ?? 1;
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 64)) throw new InputError(`calibrate: workers must be an integer from 1 to 64; got ${workers}`);
  const epsilon = options.epsilon ?? 0.05;
  if (!(epsilon > 0 && epsilon <= 1)) throw new InputError(`calibrate: epsilon must be a share in (0, 1]; got ${epsilon}`);
  const shard = options.shard ?? { index: 1, count: 1 };
  if (!(Number.isInteger(shard.count) && shard.count >= 1 && Number.isInteger(shard.index) && shard.index >= 1 && shard.index <= shard.count)) {
    throw new InputError(`calibrate: shard must be i/N with 1 ≤ i ≤ N; got ${shard.index}/${shard.count}`);
  }
  if (!scenario.record.some((c) => c.use === 'calibration')) {
    throw new InputError(`${where}: record: no check with "use: calibration", so nothing can accept or reject a point; add one (see design §7)`);
  }
  if (Object.keys(scenario.calibrate).length === 0) {
    throw new InputError(`${where}: calibrate: empty; name the assumptions to move and their ranges, e.g. "probabilities.koreaHandsOver: [0, 1]"`);
  }
  const ranges = calibrationRanges(scenario.calibrate, scenario, where);
  const seed = options.seed ?? scenario.seed;
  if (!isSeed(seed)) throw new InputError(`calibrate: seed must be ${seedRange}; got ${seed}`);
  const base: Scenario = { ...scenario, seed, replications };
  const values = designValues(ranges, points, seed);
  const resumed = options.resume ?? [];
  const finished = new Set(resumed.map((p) => p.index));
  // A point is the unit of resumption: one cut short is run again on the same common random
  // numbers, so it gives exactly the result it would have.
  const design = values.map((v, index) => ({ index, values: v })).filter((p) => p.index % shard.count === shard.index - 1 && !finished.has(p.index));

  const began = performance.now();
  const results: PointResult[] = [...resumed];
  let casesDone = resumed.reduce((a, p) => a + p.cases, 0);
  const calibration = scenario.record.filter((c) => c.use === 'calibration');
  let satisfying = resumed.filter((p) => satisfiesCalibration(p, calibration)).length;
  const total = design.length + resumed.length;
  const report = () =>
    options.onProgress?.({ pointsDone: results.length, points: total, satisfying, casesDone, elapsedMs: performance.now() - began });
  const onCases = (n: number) => {
    casesDone += n;
    report();
  };
  const onPoint = (result: PointResult) => {
    results.push(result);
    if (satisfiesCalibration(result, calibration)) satisfying++;
    options.onPoint?.(result);
    report();
  };

  if (workers > 1 && design.length > 1 && availableParallelism() > 1) {
    const threads = Math.min(workers, design.length, availableParallelism());
    const pool = startWorkerPool<PointTask, null>(workerFile(), threads, {
      workerData: { scenario: base },
      onNote: (note) => {
        const m = note as CalibrationNote;
        if (m.type === 'cases') onCases(m.n);
        else onPoint(m.result);
      },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    try {
      // The queue hands each thread its next point when it is free; results are sorted by index below, so the output is the same whatever thread ran what.
      await pool.run(design);
    } finally {
      await pool.close();
    }
  } else {
    for (const { index, values: v } of design) {
      options.signal?.throwIfAborted();
      onPoint(await runPoint(base, ranges, index, v, { onCases, ...(options.signal ? { signal: options.signal } : {}) }));
    }
  }
  results.sort((a, b) => a.index - b.index);
  const seconds = (performance.now() - began) / 1000;
  const run: CalibrationRun = { scenario: scenario.name, record: scenario.record, ranges, seed, engine: calibrationEngine, replicationsPerPoint: replications, epsilon, seconds };
  return { points: results, run, design: values };
}

/**
 * Calibrates a scenario's `calibrate:` assumptions against its record: simulates every point of a
 * seeded Latin hypercube over the prior ranges on common random numbers (one seed for all), accepts
 * the points whose estimates satisfy every `use: calibration` check (or, when none does, the closest
 * `epsilon` share, and says so), and summarizes the accepted points: posterior ranges, the held-out
 * validation checks, the point nearest the posterior medians. Same scenario, options and seed ⇒ the
 * same result but for `timing`, whatever `workers`, and after a resume.
 */
export async function calibrate(scenario: Scenario, options: Omit<CalibrateOptions, 'shard'>): Promise<CalibrationResult> {
  const { points, run } = await calibrationPoints(scenario, options);
  return summarizeCalibration(points, run);
}
