import { availableParallelism } from 'node:os';
import { defaultEngine, engineNamed } from '../engine/engines.js';
import { planSimulation } from '../engine/SimulationPlan.js';
import { InputError } from '../InputError.js';
import type { Driver } from '../../machines/index.js';
import type { Scenario } from '../scenario/Scenario.js';
import { contentDigest } from '../io/contentDigest.js';
import { mergeResults } from './mergeResults.js';
import { replicationAssembler } from './replicationAssembler.js';
import { shareUnits } from './shareUnits.js';
import { simulationUnits } from './SimulationUnit.js';
import { partialResultFormat, type PartialResult, type ReplicationTallies, type SimulationResult } from './SimulationResult.js';

/** Where a run stands. */
export interface Progress {
  /** Replications finished. */
  readonly replicationsDone: number;
  /** Replications to run (in this shard). */
  readonly replications: number;
  /** Cases finished. */
  readonly casesDone: number;
  /** Cases to run (in this shard). */
  readonly casesTotal: number;
  /** Milliseconds since the start. */
  readonly elapsedMs: number;
}

/** Options of a simulation run. */
export interface SimulateOptions {
  /** The engine. @defaultValue "xstate" */
  readonly engine?: string;
  /** Worker threads sharing out the replications' kinds, at most one per replication and per core (1: the main thread alone); results are identical for any number. @defaultValue 1 */
  readonly workers?: number;
  /** Run only shard `index` (1-based) of `count`: replications r with r mod count = index − 1. @defaultValue the whole run */
  readonly shard?: { readonly index: number; readonly count: number };
  /** Hears of progress (every few thousand cases). */
  readonly onProgress?: (progress: Progress) => void;
  /** Stops the run (workers are terminated; the promise rejects with the signal's reason). */
  readonly signal?: AbortSignal;
  /** Behaviour drivers to use instead of the machines' own (in-process only: functions cannot go to workers). */
  readonly drivers?: Readonly<Record<string, Driver>>;
  /** Replications already finished (from a checkpoint): not run again, returned as they are. @defaultValue none */
  readonly resume?: readonly ReplicationTallies[];
  /** Hears of each replication as it finishes (to checkpoint it). */
  readonly onReplication?: (tallies: ReplicationTallies) => void;
}

// The longest the main thread computes without letting the event loop in.
const BREATH_MS = 50;

/**
 * Runs a scenario's replications (or one shard of them) and returns their tallies in replication
 * order, with the engine's name and the shard: a partial result without its digest (calibrate
 * runs thousands of points and reads the tallies at once, so sealing them would be wasted work).
 */
export async function simulateTallies(scenario: Scenario, options: SimulateOptions = {}): Promise<Omit<PartialResult, 'digest'>> {
  const engine = engineNamed(options.engine ?? defaultEngine);
  const shard = options.shard ?? { index: 1, count: 1 };
  if (!(Number.isInteger(shard.count) && shard.count >= 1 && Number.isInteger(shard.index) && shard.index >= 1 && shard.index <= shard.count)) {
    throw new InputError(`shard must be i/N with 1 ≤ i ≤ N; got ${shard.index}/${shard.count}`);
  }
  const workers = options.workers ?? 1;
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 64)) throw new InputError(`workers must be an integer from 1 to 64; got ${workers}`);
  const resumed = options.resume ?? [];
  const finished = new Set(resumed.map((r) => r.rep));
  const mine = (r: number) => r % shard.count === shard.index - 1;
  for (const r of resumed) {
    if (!(Number.isInteger(r.rep) && r.rep >= 0 && r.rep < scenario.replications && mine(r.rep))) throw new InputError(`resume: replication ${r.rep} is not one of this run's`);
  }
  if (finished.size !== resumed.length) throw new InputError('resume: a replication is given twice');
  // A replication is the unit of resumption: one cut short is run again from its own streams,
  // so it gives exactly the tallies it would have.
  const reps = Array.from({ length: scenario.replications }, (_, r) => r).filter((r) => mine(r) && !finished.has(r));
  if (options.drivers && workers > 1) throw new InputError('custom behaviour drivers run in-process only: use workers = 1');
  const plan = planSimulation(scenario, options.drivers);
  const perRep = plan.kinds.reduce((a, k) => a + k.count, 0);
  const started = Date.now();
  let casesDone = perRep * resumed.length;
  let replicationsDone = resumed.length;
  const total = reps.length + resumed.length;
  const report = () =>
    options.onProgress?.({ replicationsDone, replications: total, casesDone, casesTotal: perRep * total, elapsedMs: Date.now() - started });
  const onCases = (n: number) => {
    casesDone += n;
    report();
  };
  const results: ReplicationTallies[] = [...resumed];
  const onRep = (tallies: ReplicationTallies) => {
    results.push(tallies);
    replicationsDone++;
    options.onReplication?.(tallies);
    report();
  };

  // More threads than replications or cores only cost memory and time (64 on 2 cores: 11× slower).
  const threads = reps.length > 1 ? Math.min(workers, reps.length, availableParallelism()) : 1;
  options.signal?.throwIfAborted();
  // A replication can hold a billion cases: workers share it out by kind (units); alone, the main
  // thread lets the event loop in at least every BREATH_MS, so Ctrl-C (main.ts), an abort and
  // progress are heard within a fraction of a second.
  await shareUnits(plan, engine, simulationUnits(plan, reps), { threads, onCases, onUnit: replicationAssembler(plan, onRep), breathMs: BREATH_MS, signal: options.signal });
  results.sort((a, b) => a.rep - b.rep);
  return { format: partialResultFormat as typeof partialResultFormat, scenario, engine: engine.name, shard, reps: results };
}

/**
 * Runs a scenario's replications (or one shard of them) and returns the partial result:
 * per-replication tallies. With `workers` > 1 the replications' kinds are shared out between
 * worker threads; the tallies do not depend on how they were split.
 */
export async function simulatePartial(scenario: Scenario, options: SimulateOptions = {}): Promise<PartialResult> {
  const partial = await simulateTallies(scenario, options);
  // Partials are files anyone can edit; an edit every check still accepts (the same new seed in
  // every shard) shows only as a digest that no longer matches.
  return { ...partial, digest: contentDigest(partial) };
}

/** Runs a whole scenario and summarizes it: shares with 95% intervals, times to outcome, paths. */
export async function simulate(scenario: Scenario, options: Omit<SimulateOptions, 'shard'> = {}): Promise<SimulationResult> {
  return mergeResults([await simulatePartial(scenario, options)]);
}
