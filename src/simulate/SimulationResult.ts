import type { RecordResult } from '../record/RecordCheck.js';
import type { Scenario } from '../scenario/Scenario.js';
import type { KindTallyData } from '../stats/KindTally.js';
import type { Summary } from '../stats/summarize.js';

/** The result of a run, exactly as `cable1957 simulate --format json` prints it (design §7). */
export interface SimulationResult extends Summary {
  /** The resolved scenario (every key). */
  readonly scenario: Scenario;
  /** The seed. */
  readonly seed: number;
  /** The number of replications. */
  readonly replications: number;
  /** The engine that ran it. */
  readonly engine: string;
  /** Model vs record: each of the scenario's record checks with the model's estimate and a verdict (only when it has checks). */
  readonly record?: readonly RecordResult[];
}

/** The format tag of partial results; merging refuses anything else. */
export const partialResultFormat = 'cable1957.partial/1';

/** One replication's tallies, by kind. */
export interface ReplicationTallies {
  /** The replication number (0-based). */
  readonly rep: number;
  /** Tallies by case kind. */
  readonly kinds: Readonly<Record<string, KindTallyData>>;
}

/** A partial result: some replications of a run (a shard), to be merged with the others. */
export interface PartialResult {
  /** Always `cable1957.partial/1`. */
  readonly format: typeof partialResultFormat;
  /** The resolved scenario. */
  readonly scenario: Scenario;
  /** The engine that ran it. */
  readonly engine: string;
  /** Which shard: the i-th (1-based) of `count`; shard i holds replications r with r mod count = i − 1. */
  readonly shard: { readonly index: number; readonly count: number };
  /** The replications it holds, in order. */
  readonly reps: readonly ReplicationTallies[];
  /** `sha256:<hex>` of everything else (`contentDigest`): merging refuses a partial edited after it was written. */
  readonly digest: string;
}
