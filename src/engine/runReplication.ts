import { caseStream } from '../random/caseStream.js';
import { KindTally, type KindTallyData } from '../stats/KindTally.js';
import type { CaseRunner } from './Engine.js';
import type { SimulationPlan } from './SimulationPlan.js';

/** How often (in cases) a replication reports progress. */
export const PROGRESS_EVERY = 5000;

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
  const out: Record<string, KindTallyData> = {};
  let pending = 0;
  for (const kind of plan.kinds) {
    const tally = new KindTally();
    for (let i = 0; i < kind.count; i++) {
      tally.add(run(kind, `${kind.kind}-${replication}-${i}`, caseStream(plan.scenario.seed, replication, kind.index, i)));
      if (++pending === PROGRESS_EVERY) {
        onCases(pending);
        pending = 0;
      }
    }
    out[kind.kind] = tally.toJSON();
  }
  if (pending > 0) onCases(pending);
  return out;
}
