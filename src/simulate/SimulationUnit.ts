import type { SimulationPlan } from '../engine/SimulationPlan.js';

/**
 * The unit of work that threads share: the cases of one kind in one replication. Each kind's
 * tally is its own (its cases draw from streams keyed by seed, replication, kind and index), so
 * running the kinds of a replication on different threads gives the same tallies as running
 * them one after the other; a replication's kinds are put back together in plan order.
 */
export interface SimulationUnit {
  /** The replication. */
  readonly rep: number;
  /** The kind's position in the plan. */
  readonly kind: number;
}

/**
 * The units of some replications, in the order threads take them: replication by replication (so
 * replications finish early, for checkpoints), and within one the largest kind first (so the last
 * unit of the run, which one thread may finish alone, is the smallest).
 */
export function simulationUnits(plan: SimulationPlan, reps: readonly number[]): SimulationUnit[] {
  const bySize = plan.kinds.map((k, i) => ({ i, count: k.count })).sort((a, b) => b.count - a.count || a.i - b.i);
  return reps.flatMap((rep) => bySize.map(({ i }) => ({ rep, kind: i })));
}
