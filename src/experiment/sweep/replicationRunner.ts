import { engineNamed } from '../../engine/engines.js';
import type { CaseRunner } from '../../engine/Engine.js';
import { replicationSlices } from '../../engine/runReplication.js';
import { planSimulation, type SimulationPlan } from '../../engine/SimulationPlan.js';
import type { KindTallyData } from '../../stats/KindTally.js';
import { pointScenarios } from './pointScenarios.js';
import type { SweepDesign } from './SweepDesign.js';

/** The engine every point runs on: the fastest, and identical in results to the reference engine. */
export const sweepEngine = 'compiled';

/** One unit of a sweep's work: replication `rep` of the point `point` (whose values are `values`). */
export interface SweepTask {
  /** The point's index. */
  readonly point: number;
  /** The point's values, in the design's key order. */
  readonly values: readonly number[];
  /** The replication number. */
  readonly rep: number;
}

// The longest a replication runs without letting the event loop in (Ctrl-C, aborts, progress).
const BREATH_MS = 50;
// Prepared points kept: a round runs a point's replications one after another, so a few suffice.
const KEEP = 16;

/**
 * Returns a function that runs one replication of one point — the same cases, streams and tallies
 * as `simulate` gives that replication of that point's scenario — in this thread. The point's plan
 * is prepared once and kept for its next replications. It lets the event loop in every few tens of
 * milliseconds and then checks `signal`.
 */
export function replicationRunner(design: Pick<SweepDesign, 'scenario' | 'ranges' | 'where'>, signal?: AbortSignal) {
  const scenarioAt = pointScenarios(design);
  const engine = engineNamed(sweepEngine);
  const prepared = new Map<number, { plan: SimulationPlan; run: CaseRunner }>();
  return async (task: SweepTask, onCases: (n: number) => void = () => undefined): Promise<Record<string, KindTallyData>> => {
    let ready = prepared.get(task.point);
    if (!ready) {
      const plan = planSimulation(scenarioAt(task.values));
      ready = { plan, run: engine.prepare(plan) };
      if (prepared.size >= KEEP) prepared.delete(prepared.keys().next().value!);
      prepared.set(task.point, ready);
    }
    const slices = replicationSlices(ready.plan, ready.run, task.rep, onCases);
    let breathed = performance.now();
    for (;;) {
      const next = slices.next();
      if (next.done) return next.value;
      if (performance.now() - breathed >= BREATH_MS) {
        await new Promise((r) => setImmediate(r));
        signal?.throwIfAborted();
        breathed = performance.now();
      }
    }
  };
}
