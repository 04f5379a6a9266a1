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
  /** Threads computing, the main thread among them (so `threads` − 1 workers are started). */
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
 * Runs units on the main thread and `threads` − 1 worker threads at once. Each thread takes the
 * next unit from one shared counter (an atomic add on shared memory) whenever it is free, so no
 * thread waits for another to hand out work, and a thread that starts late (a worker loads its
 * bundle and compiles the machines first: ~0.1 s) or runs slower simply takes fewer units. The
 * main thread needs no start-up and would otherwise sit idle; it computes in slices and lets the
 * event loop in at least every `breathMs` (Ctrl-C, abort, progress, the workers' messages).
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
    const exited = Array.from({ length: options.threads - 1 }, () => {
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

    let breathed = performance.now();
    const breathe = async () => {
      await new Promise((r) => setImmediate(r));
      breathed = performance.now();
    };
    let run: ReturnType<Engine['prepare']> | undefined;
    for (let i = Atomics.add(next, 0, 1); i < units.length && !failure; i = Atomics.add(next, 0, 1)) {
      run ??= engine.prepare(plan);
      const unit = units[i]!;
      const slices = unitSlices(plan, run, unit, options.onCases);
      let step = slices.next();
      while (!step.done) {
        if (performance.now() - breathed >= options.breathMs) {
          await breathe();
          if (failure) break;
        }
        step = slices.next();
      }
      if (step.done && !failure) options.onUnit(unit, step.value);
      await breathe();
    }
    await Promise.all(exited);
    if (failure) throw failure.error;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
}
