import { readCheckpoint } from '../../io/readCheckpoint.js';
import type { Shard } from '../../io/shardFromEnvironment.js';
import type { SweepDesign } from './SweepDesign.js';
import { sweepSource } from './sweepSource.js';
import { sweepStateOf } from './sweepStateOf.js';
import type { SweepState } from './SweepState.js';

/**
 * What names a sweep in its checkpoint: the command, the design as a sweep file would give it
 * (seed, base scenario, points, targets, batch, maxReplications) and the shard; not the workers
 * or the output format, which change no tally. Pure.
 */
export function sweepCheckpointHeader(design: SweepDesign, shard: Shard): Record<string, unknown> {
  return { command: 'sweep', ...sweepSource(design), shard };
}

/**
 * The state of the sweep checkpointed in `data` (parsed JSON from `where`), for the run with
 * `design` and `shard`: refused with one InputError when it is another run's, another version's,
 * corrupt or edited (readCheckpoint), or holds replications this run would not have (sweepStateOf).
 */
export function resumeSweep(data: unknown, where: string, design: SweepDesign, shard: Shard): SweepState {
  const done = readCheckpoint(data, where, sweepCheckpointHeader(design, shard));
  return sweepStateOf(done, where, 'done', design, shard, false);
}
