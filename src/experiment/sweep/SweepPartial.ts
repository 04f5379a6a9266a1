import type { Shard } from '../../io/shardFromEnvironment.js';
import type { SweepReplication } from './sweepStateOf.js';

/** The format tag of sweep partials; merging refuses anything else. */
export const sweepPartialFormat = 'cable1957.sweep-partial/1';

/**
 * One shard of a sweep (`sweep --shard i/N`): its points run to their stop, to be merged with the
 * others. Besides these keys it holds the design as a sweep file would (`sweepSource`: seed,
 * scenario, grid or points and ranges, targets, batch, maxReplications).
 */
export interface SweepPartial {
  /** Always `cable1957.sweep-partial/1`. */
  readonly format: typeof sweepPartialFormat;
  /** The cable1957 version that wrote it (merging refuses a mix: the tallies could differ). */
  readonly version: string;
  /** The shard: points p with p mod count = index − 1. */
  readonly shard: Shard;
  /** Every replication of the shard's points, by point then replication. */
  readonly reps: readonly SweepReplication[];
  /** Seconds the shard took (the merged table's timing adds them up). */
  readonly seconds: number;
  /** `sha256:<hex>` of everything else (`contentDigest`): merging refuses a partial edited after it was written. */
  readonly digest: string;
}
