import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Engine } from '../engine/Engine.js';
import type { SimulationPlan } from '../engine/SimulationPlan.js';
import { InvariantViolation } from '../monitor/InvariantViolation.js';
import type { KindTallyData } from '../stats/KindTally.js';
import type { SimulationUnit } from './SimulationUnit.js';
import { unitSlices } from './unitSlices.js';

// A worker's heap never needs much (tallies are small): capping it keeps V8 from growing each
// thread's heap lazily, so peak memory stays flat and low however many cases run.
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

const workerFile = () => fileURLToPath(new URL('./simulationWorker.js', import.meta.url));

/** What `shareUnits` needs besides the work. */
export interface ShareOptions {
  /** Threads computing: 1 is the main thread alone; more are that many worker threads. */
  readonly threads: number;
  /** Hears of progress, in cases. */
  readonly onCases: (n: number) => void;
  /** Gets each unit's tally, in the order they finish. */
  readonly onUnit: (unit: SimulationUnit, tally: KindTallyData) => void;
  /** The longest the main thread computes without letting the event loop in, in ms. */
  readonly breathMs: number;
  /** Stops the run: the workers are terminated and the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /** The worker's script. @defaultValue the built simulationWorker.js beside this module */
  readonly workerFile?: string;
}

/**
 * Runs units on `threads` worker threads, or on the main thread when `threads` is 1. Each worker
 * takes the next unit from one shared counter (an atomic add on shared memory) whenever it is
 * free, so no worker waits for another or for the main thread to hand out work, and one that
 * starts late or runs slower simply takes fewer units: the split is even however many
 * replications there are (a fixed share of replications each left 3 replications on 2 workers
 * split 2:1). The main thread computes nothing while workers run: their heaps are capped, its own
 * is not (measured, computing on it as well saved no CPU time on 2 cores — the second isolate's
 * JIT and start-up cost the same — but made its heap, and peak RSS, grow with the run).
 * On the main thread, units run in slices, letting the event loop in at least every `breathMs`
 * (Ctrl-C, abort, progress).
 */
export async function shareUnits(plan: SimulationPlan, engine: Engine, units: readonly SimulationUnit[], options: ShareOptions): Promise<void> {
  const file = options.workerFile ?? workerFile();
  if (options.threads > 1 && !existsSync(file)) throw new Error(`--workers needs the built worker (${file}); run "npm run build"`);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const threads: Worker[] = [];
  let failure: { error: unknown } | undefined;
  const fail = (error: unknown) => {
    if (failure) return;
    failure = { error };
    // No thread takes another unit; the workers stop at once.
    Atomics.store(next, 0, units.length);
    for (const t of threads) void t.terminate();
  };
  const onAbort = () => fail(options.signal!.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const exited = Array.from({ length: options.threads > 1 ? options.threads : 0 }, () => {
      const thread = new Worker(file, { workerData: { scenario: plan.scenario, engine: engine.name, units, next }, resourceLimits: WORKER_LIMITS });
      threads.push(thread);
      thread.on('message', (m: { type: 'cases'; n: number } | { type: 'unit'; rep: number; kind: number; tally: KindTallyData }) => {
        if (failure) return;
        if (m.type === 'cases') options.onCases(m.n);
        else options.onUnit({ rep: m.rep, kind: m.kind }, m.tally);
      });
      // A broken invariant in a worker arrives as a plain error: give it back its class.
      thread.on('error', (error: Error) => fail(error?.name === 'InvariantViolation' ? new InvariantViolation(error.message, '', []) : error));
      return new Promise<void>((resolve) =>
        thread.on('exit', (code) => {
          if (code !== 0) fail(new Error(`a simulation worker exited with code ${code}`));
          resolve();
        }),
      );
    });

    if (threads.length === 0) await runOnMainThread(plan, engine, units, next, options, () => failure !== undefined);
    await Promise.all(exited);
    if (failure) throw failure.error;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** The main thread alone: units in slices, the event loop let in at least every `breathMs`; stops early once `failed`. */
async function runOnMainThread(plan: SimulationPlan, engine: Engine, units: readonly SimulationUnit[], next: Int32Array, options: ShareOptions, failed: () => boolean) {
  let breathed = performance.now();
  const breathe = async () => {
    await new Promise((r) => setImmediate(r));
    breathed = performance.now();
  };
  const run = engine.prepare(plan);
  for (let i = Atomics.add(next, 0, 1); i < units.length && !failed(); i = Atomics.add(next, 0, 1)) {
    const unit = units[i]!;
    const slices = unitSlices(plan, run, unit, options.onCases);
    let step = slices.next();
    while (!step.done) {
      if (performance.now() - breathed >= options.breathMs) {
        await breathe();
        if (failed()) return;
      }
      step = slices.next();
    }
    options.onUnit(unit, step.value);
    await breathe();
  }
}
