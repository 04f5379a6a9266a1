import type { Shard } from '../../io/shardFromEnvironment.js';
import type { KindTallyData } from '../../stats/KindTally.js';
import { nextReplications } from './nextReplications.js';
import type { StopReason } from './stopReason.js';
import type { SweepDesign } from './SweepDesign.js';
import type { SweepTask } from './replicationRunner.js';

/** Where one point stands: its replications' tallies (replication r at index r) and, once stopped, why. */
export interface PointState {
  /** The tallies of replications 0, 1, … run so far. */
  readonly reps: readonly Readonly<Record<string, KindTallyData>>[];
  /** Why it stopped, or null while it runs. */
  readonly stopped: StopReason | null;
}

/**
 * Where a sweep stands after some rounds: a pure function of the design and the number of rounds
 * done (every round runs each running point's next batch and then applies the stopping rule), so
 * a checkpoint holding it resumes to the same bytes.
 */
export interface SweepState {
  /** Rounds done. */
  readonly rounds: number;
  /** One per point, in the design's order. */
  readonly points: readonly PointState[];
}

/** The state before any round. Pure. */
export function initialSweepState(design: Pick<SweepDesign, 'points'>): SweepState {
  return { rounds: 0, points: design.points.map(() => ({ reps: [], stopped: null })) };
}

/**
 * The next round's work: each running point's next batch of replications, point by point; with a
 * shard, only its points (p mod count = index − 1). Pure.
 */
export function nextTasks(design: Pick<SweepDesign, 'points' | 'batch' | 'maxReplications'>, state: SweepState, shard: Shard = { index: 1, count: 1 }): SweepTask[] {
  return state.points.flatMap((p, point) =>
    p.stopped !== null || point % shard.count !== shard.index - 1 ? [] : nextReplications(p.reps.length, design.batch, design.maxReplications).map((rep) => ({ point, values: design.points[point]!, rep })),
  );
}
