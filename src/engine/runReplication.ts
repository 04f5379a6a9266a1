import { CaseStream } from '../random/caseStream.js';
import { KindTally, type KindTallyData } from '../stats/KindTally.js';
import type { CaseRunner } from './Engine.js';
import type { SimulationPlan } from './SimulationPlan.js';

/** How often (in cases) a replication reports progress. */
export const PROGRESS_EVERY = 5000;

/** How many cases run between two pauses of `replicationSlices` (divides PROGRESS_EVERY). */
export const SLICE_CASES = 500;

/**
 * One replication run a slice at a time: the generator pauses after every `SLICE_CASES` cases so
 * a caller on the main thread can let the event loop (Ctrl-C, progress) in, and returns the
 * tallies. The cases, their streams and their order are those of `runReplication`.
 */
export function* replicationSlices(
  plan: SimulationPlan,
  run: CaseRunner,
  replication: number,
  onCases: (n: number) => void = () => undefined,
): Generator<void, Record<string, KindTallyData>, void> {
  const out: Record<string, KindTallyData> = {};
  let pending = 0;
  // One stream re-keyed for every case: the same draws as `caseStream(seed, replication, kind,
  // index)`, without allocating per case (runners use the draws only while they run the case).
  const draws = new CaseStream();
  for (const kind of plan.kinds) {
    // A runner that counts cases straight into the tally needs no case id or result per case.
    const tallier = run.tallier?.(kind);
    const tally = new KindTally(kind.checks, tallier?.pathName);
    for (let i = 0; i < kind.count; i++) {
      draws.reset(plan.scenario.seed, replication, kind.index, i);
      if (tallier) tallier.add(draws, tally);
      else tally.add(run(kind, `${kind.kind}-${replication}-${i}`, draws));
      if (++pending % SLICE_CASES === 0) {
        if (pending === PROGRESS_EVERY) {
          onCases(pending);
          pending = 0;
        }
        yield;
      }
    }
    out[kind.kind] = tally.toJSON();
  }
  if (pending > 0) onCases(pending);
  return out;
}

/**
 * Runs one replication: every case of every kind from its own stream (seed, replication, kind,
 * index), counted into one tally per kind. `onCases` hears of progress every few thousand cases.
 */
export function runReplication(
  plan: SimulationPlan,
  run: CaseRunner,
  replication: number,
  onCases: (n: number) => void = () => undefined,
): Record<string, KindTallyData> {
  const slices = replicationSlices(plan, run, replication, onCases);
  for (;;) {
    const next = slices.next();
    if (next.done) return next.value;
  }
}
