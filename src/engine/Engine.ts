import type { Draws } from '../../machines/index.js';
import type { CaseResult, KindTally } from '../stats/KindTally.js';
import type { KindPlan, SimulationPlan } from './SimulationPlan.js';

/** Runs one case of a kind from its random stream to its result. */
export interface CaseRunner {
  (kind: KindPlan, caseId: string, draws: Draws): CaseResult;
  /**
   * Optionally, a kind's cases counted straight into a tally: `add(draws, tally)` counts exactly
   * what `tally.add(run(kind, caseId, draws))` would, without a result object, a path string or
   * a case id per case. Replications use it when present.
   */
  readonly tallier?: (kind: KindPlan) => CaseTallier;
}

/** Counts a kind's cases into a tally made with `pathName` (see `CaseRunner.tallier`). */
export interface CaseTallier {
  /** The path of a path id the tallier counts by. */
  readonly pathName: (id: number) => string;
  /** Runs one case from its draws and counts it. */
  readonly add: (draws: Draws, tally: KindTally) => void;
}

/** A simulation engine: builds a case runner for a plan. */
export interface Engine {
  /** The engine's name, as in `--engine` and the result's `engine` field. */
  readonly name: string;
  /** Prepares the runner once per plan. */
  readonly prepare: (plan: SimulationPlan) => CaseRunner;
}
