import { InputError } from '../../InputError.js';
import { contentDigest } from '../../io/contentDigest.js';
import { isRecord } from '../../io/isRecord.js';
import type { Shard } from '../../io/shardFromEnvironment.js';
import { showValue } from '../../scenario/showValue.js';
import { checkPartial } from '../../simulate/checkPartial.js';
import { partialResultFormat } from '../../simulate/SimulationResult.js';
import type { KindTallyData } from '../../stats/KindTally.js';
import { pointScenarios } from './pointScenarios.js';
import { sweepEngine } from './replicationRunner.js';
import { stopReason, type StopReason } from './stopReason.js';
import type { SweepDesign } from './SweepDesign.js';
import type { PointState, SweepState } from './SweepState.js';
import { targetHalfWidths } from './targetHalfWidths.js';

/** One finished replication of one point: the unit of a sweep's checkpoints and partial results. */
export interface SweepReplication {
  /** The point's index. */
  readonly point: number;
  /** The replication number. */
  readonly rep: number;
  /** Its tallies by case kind. */
  readonly kinds: Readonly<Record<string, KindTallyData>>;
}

/** The order a sweep's replications are written in: by point, then replication. */
export const sweepReplicationOrder = (r: Pick<SweepReplication, 'point' | 'rep'>): number => r.point * 100001 + r.rep;

/**
 * Where a point stands after its first `reps` replications: the stopping rule replayed at each
 * batch boundary, as the rounds applied it (batch, 2·batch, …, maxReplications). Returns the
 * replications at which it stopped and why, or null when it has not stopped within `reps`.
 */
function replayStop(design: SweepDesign, scenario: Parameters<typeof targetHalfWidths>[1], reps: readonly Readonly<Record<string, KindTallyData>>[]): { at: number; why: StopReason } | null {
  const goals = design.targets.map((t) => t.halfWidth);
  for (let c = Math.min(design.batch, design.maxReplications); c <= reps.length; c = Math.min(c + design.batch, design.maxReplications)) {
    const slice = reps.slice(0, c);
    const why = stopReason(targetHalfWidths(design.targets, scenario, slice), goals, c, design.maxReplications);
    if (why !== null) return { at: c, why };
    if (c === design.maxReplications) break;
  }
  return null;
}

/**
 * The sweep state a list of finished replications read from a file (a checkpoint's `done`, a
 * partial's `reps`) stands for, checked against the run: each of the shard's points, each
 * replication at most once and none missing before the last one there; every tally what the
 * point's scenario can give (simulate's partial checks: every kind with its count of cases,
 * counts that add up, outcomes and paths of the machines); and no replication after the point's
 * stopping rule, replayed, stopped it. With `complete`, every point of the shard must have
 * stopped (a partial result). So a resumed or merged sweep summarizes only what this sweep
 * would have run. Throws one InputError naming `where`, `at` and the field.
 */
export function sweepStateOf(data: unknown, where: string, at: string, design: SweepDesign, shard: Shard, complete: boolean): SweepState {
  if (!Array.isArray(data)) throw new InputError(`${where}: ${at}: found ${showValue(data)}, expected a list of replications { point, rep, kinds }`);
  const byPoint = new Map<number, Map<number, Readonly<Record<string, KindTallyData>>>>();
  const last = design.points.length - 1;
  data.forEach((item: unknown, i) => {
    const here = `${where}: ${at}[${i}]`;
    if (!isRecord(item)) throw new InputError(`${here}: found ${showValue(item)}, expected a replication { point, rep, kinds }`);
    const extra = Object.keys(item).find((k) => !['point', 'rep', 'kinds'].includes(k));
    if (extra !== undefined) throw new InputError(`${here}.${extra}: unknown key`);
    const { point, rep, kinds } = item;
    if (!(Number.isSafeInteger(point) && (point as number) >= 0 && (point as number) <= last)) throw new InputError(`${here}.point: found ${showValue(point)}, expected a point from 0 to ${last}`);
    const p = point as number;
    if (p % shard.count !== shard.index - 1) throw new InputError(`${here}.point: point ${p} does not belong to shard ${shard.index}/${shard.count}`);
    if (!(Number.isSafeInteger(rep) && (rep as number) >= 0 && (rep as number) < design.maxReplications)) {
      throw new InputError(`${here}.rep: found ${showValue(rep)}, expected a replication from 0 to ${design.maxReplications - 1}`);
    }
    if (!isRecord(kinds)) throw new InputError(`${here}.kinds: found ${showValue(kinds)}, expected tallies by case kind`);
    const reps = byPoint.get(p) ?? new Map();
    if (reps.has(rep as number)) throw new InputError(`${here}: point ${p}, replication ${String(rep)} is there twice`);
    reps.set(rep as number, kinds as Record<string, KindTallyData>);
    byPoint.set(p, reps);
  });
  const scenarioAt = pointScenarios(design);
  const points = design.points.map((values, p): PointState => {
    const given = byPoint.get(p) ?? new Map<number, Readonly<Record<string, KindTallyData>>>();
    const reps = Array.from({ length: given.size }, (_, r) => given.get(r));
    const gap = reps.findIndex((r) => r === undefined);
    if (gap >= 0) throw new InputError(`${where}: ${at}: point ${p}: replication ${gap} is missing, yet ${Math.max(...given.keys())} is there`);
    const scenario = scenarioAt(values);
    if (reps.length > 0) {
      // Simulate's partial checks, on this point's scenario: reps[r] is replication r.
      const partial = { format: partialResultFormat, scenario: { ...scenario, replications: design.maxReplications }, engine: sweepEngine, shard: { index: 1, count: 1 }, reps: reps.map((kinds, rep) => ({ rep, kinds })) };
      checkPartial({ ...partial, digest: contentDigest(partial) }, `${where}: ${at}, point ${p}`);
    }
    const done = reps as Readonly<Record<string, KindTallyData>>[];
    const stop = replayStop(design, scenario, done);
    if (stop && stop.at < done.length) {
      throw new InputError(`${where}: ${at}: point ${p} has ${done.length} replications, but its stopping rule stopped it at ${stop.at} (${stop.why})`);
    }
    const inShard = p % shard.count === shard.index - 1;
    if (complete && inShard && stop === null) {
      throw new InputError(`${where}: ${at}: point ${p} has ${done.length} replications and had not stopped: not a finished shard`);
    }
    return { reps: done, stopped: stop?.why ?? null };
  });
  const rounds = Math.max(0, ...points.map((p) => (p.stopped === null ? Math.floor : Math.ceil)(p.reps.length / design.batch)));
  return { rounds, points };
}
