import type { SimulationPlan } from '../engine/SimulationPlan.js';
import type { KindTallyData } from '../stats/KindTally.js';
import type { ReplicationTallies } from './SimulationResult.js';
import type { SimulationUnit } from './SimulationUnit.js';

/**
 * Puts units' tallies, arriving in any order from any thread, back into replications: when the
 * last kind of a replication arrives, `onRep` gets its tallies with the kinds in plan order (the
 * order a replication run in one piece has, so the bytes do not depend on who ran what). Only
 * unfinished replications are held.
 */
export function replicationAssembler(plan: SimulationPlan, onRep: (tallies: ReplicationTallies) => void): (unit: SimulationUnit, tally: KindTallyData) => void {
  const pending = new Map<number, (KindTallyData | undefined)[]>();
  return (unit, tally) => {
    let kinds = pending.get(unit.rep);
    if (!kinds) pending.set(unit.rep, (kinds = plan.kinds.map(() => undefined)));
    if (kinds[unit.kind] !== undefined) throw new Error(`replication ${unit.rep}, kind ${unit.kind}: tallied twice`);
    kinds[unit.kind] = tally;
    if (kinds.every((k) => k !== undefined)) {
      pending.delete(unit.rep);
      onRep({ rep: unit.rep, kinds: Object.fromEntries(plan.kinds.map((k, i) => [k.kind, kinds[i]!])) });
    }
  };
}
