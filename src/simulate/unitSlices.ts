import type { CaseRunner } from '../engine/Engine.js';
import { replicationSlices } from '../engine/runReplication.js';
import type { SimulationPlan } from '../engine/SimulationPlan.js';
import type { KindTallyData } from '../stats/KindTally.js';
import type { SimulationUnit } from './SimulationUnit.js';

/**
 * One unit (a kind in a replication) run a slice at a time, as `replicationSlices` runs a whole
 * replication: the plan narrowed to that kind (its KindPlan, with its own stream index, unchanged)
 * gives exactly the tally the kind has in the whole replication.
 */
export function* unitSlices(plan: SimulationPlan, run: CaseRunner, unit: SimulationUnit, onCases?: (n: number) => void): Generator<void, KindTallyData, void> {
  const kind = plan.kinds[unit.kind]!;
  const tallies = yield* replicationSlices({ ...plan, kinds: [kind] }, run, unit.rep, onCases);
  return tallies[kind.kind]!;
}
