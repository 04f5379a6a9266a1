import type { CaseOutput, CaseRecord } from './types.js';

/** A machine's output from its case record: the last state entered, the basis, any punishment. */
export function caseOutput(context: CaseRecord): CaseOutput {
  return {
    outcome: context.path.at(-1) ?? '',
    basis: context.basis,
    ...(context.punishment ? { punishment: context.punishment } : {}),
  };
}
