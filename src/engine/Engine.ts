import type { Draws } from '../../machines/index.js';
import type { CaseResult } from '../stats/KindTally.js';
import type { KindPlan, SimulationPlan } from './SimulationPlan.js';

/** Runs one case of a kind from its random stream to its result. */
export type CaseRunner = (kind: KindPlan, caseId: string, draws: Draws) => CaseResult;

/** A simulation engine: builds a case runner for a plan. */
export interface Engine {
  /** The engine's name, as in `--engine` and the result's `engine` field. */
  readonly name: string;
  /** Prepares the runner once per plan. */
  readonly prepare: (plan: SimulationPlan) => CaseRunner;
}
