import { punishmentFor, type PunishableCase } from './crossedAfterCable.js';
import type { CaseRecord } from './types.js';

/** When the 4b mark may be set: as the case leaves `detected` (screening), or on entering `repatriated`. */
export type PunishMoment = 'screening' | 'return';

/** Parameters of the `punish` action: the moment at which it runs. */
export interface PunishParams {
  /** The moment this use of the action stands for. */
  readonly when: PunishMoment;
}

/**
 * The update of the `punish` action as one reading of 4b has it: it marks the case
 * (`punishmentFor`) only when run at `moment`, and does nothing at the other. The machines run it
 * at both moments; the reading `punishment` provides the update, so the machine never changes.
 */
export function punishAt(moment: PunishMoment) {
  return (context: PunishableCase, params: PunishParams): Partial<CaseRecord> => (params.when === moment ? punishmentFor(context) : {});
}

/** The `punish` action as it runs when a case leaves `detected`. */
export const punishAtScreening = { type: 'punish', params: { when: 'screening' } } as const;

/** The `punish` action as it runs on entering `repatriated`. */
export const punishOnReturn = { type: 'punish', params: { when: 'return' } } as const;

/**
 * A transition that leaves `detected` (every screening alternative, and clause 3 striking
 * before screening): it also runs `punish` at the moment "screening", after its record, so the
 * basis lists the transition's clauses first and 4b after them.
 */
export function screened<T extends { readonly actions: readonly unknown[] }>(transition: T) {
  return { ...transition, actions: [...transition.actions, punishAtScreening] as const };
}
