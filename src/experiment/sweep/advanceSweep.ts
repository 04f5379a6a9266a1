import type { KindTallyData } from '../../stats/KindTally.js';
import type { SweepTask } from './replicationRunner.js';
import type { SweepState } from './SweepState.js';
import type { SweepDesign } from './SweepDesign.js';
import { stopReason } from './stopReason.js';
import { targetHalfWidths } from './targetHalfWidths.js';
import type { Scenario } from '../../scenario/Scenario.js';

/**
 * The state after a round: each task's tallies added to its point, then the stopping rule applied
 * to every point that ran. `scenarioAt` gives a point's scenario (record checks read it). Pure
 * given its inputs: the results are placed by (point, replication), so the order they arrived in
 * (threads) does not matter.
 */
export function advanceSweep(
  design: Pick<SweepDesign, 'targets' | 'maxReplications' | 'points'>,
  state: SweepState,
  tasks: readonly SweepTask[],
  results: readonly Readonly<Record<string, KindTallyData>>[],
  scenarioAt: (values: readonly number[]) => Scenario,
): SweepState {
  const added = new Map<number, Readonly<Record<string, KindTallyData>>[]>();
  tasks.forEach((task, i) => {
    const reps = added.get(task.point) ?? [...state.points[task.point]!.reps];
    if (task.rep !== reps.length) throw new Error(`sweep: point ${task.point} got replication ${task.rep} after ${reps.length}`);
    reps.push(results[i]!);
    added.set(task.point, reps);
  });
  const goals = design.targets.map((t) => t.halfWidth);
  const points = state.points.map((p, index) => {
    const reps = added.get(index);
    if (!reps) return p;
    const halves = targetHalfWidths(design.targets, scenarioAt(design.points[index]!), reps);
    return { reps, stopped: stopReason(halves, goals, reps.length, design.maxReplications) };
  });
  return { rounds: state.rounds + 1, points };
}
