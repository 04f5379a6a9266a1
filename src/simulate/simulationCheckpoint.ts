import { InputError } from '../InputError.js';
import { contentDigest } from '../io/contentDigest.js';
import { readCheckpoint } from '../io/readCheckpoint.js';
import type { Shard } from '../io/shardFromEnvironment.js';
import type { Scenario } from '../scenario/Scenario.js';
import { checkPartial } from './checkPartial.js';
import { partialResultFormat, type ReplicationTallies } from './SimulationResult.js';

/**
 * What names a simulation run in its checkpoint: everything its tallies depend on (the resolved
 * scenario with its seed, replications and readings; the engine; the shard) and nothing they do
 * not (workers, output format), so a run may resume with other workers. Pure.
 */
export function simulationCheckpointHeader(scenario: Scenario, engine: string, shard: Shard): Record<string, unknown> {
  return { command: 'simulate', scenario, engine, shard };
}

/**
 * The finished replications in a simulation checkpoint (parsed JSON from `where`), for the run
 * `header` names: refused with one InputError when it is another run's, another version's,
 * corrupt or edited (readCheckpoint), or when its tallies fail the checks a partial result gets
 * (checkPartial: every kind, counts that add up, replications of this shard, none twice).
 */
export function resumeSimulation(data: unknown, where: string, header: Readonly<Record<string, unknown>>): ReplicationTallies[] {
  const done = readCheckpoint(data, where, header);
  const partial = { format: partialResultFormat, scenario: header['scenario'], engine: header['engine'], shard: header['shard'], reps: done };
  const reps = checkPartial({ ...partial, digest: contentDigest(partial) }, `${where} (done)`).reps;
  const seen = new Set<number>();
  for (const r of reps) {
    if (seen.has(r.rep)) throw new InputError(`${where}: done: replication ${r.rep} is there twice`);
    seen.add(r.rep);
  }
  return [...reps];
}
