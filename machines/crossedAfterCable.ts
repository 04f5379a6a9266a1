import { cable } from './cable.js';
import type { CaseRecord, ClauseIdList, Punishment } from './types.js';

/**
 * Whether a crossing on `crossedOn` (YYYY-MM-DD) falls under the post-cable regime of 4a–4b:
 * on or after the effective date (reading `effectiveDate`; the cable's own date by default).
 * "From today onward" includes today, so the effective date itself counts as after.
 */
export function crossedAfterCable(crossedOn: string, effectiveDate: string = cable.date): boolean {
  return crossedOn >= effectiveDate;
}

/** What a punishment mark needs of a case: the crossing, the effective date, the record so far. */
export interface PunishableCase {
  /** The day of the crossing, YYYY-MM-DD. */
  readonly crossedOn: string;
  /** The effective date the case runs under, YYYY-MM-DD. */
  readonly effectiveDate: string;
  /** The clause basis so far. */
  readonly basis: ClauseIdList;
  /** Any punishment already marked. */
  readonly punishment?: Punishment;
}

/**
 * Clause 4b ("people who illegally cross the border should be punished severely"): the mark
 * due to a crossing on or after the effective date — `punishment: 'severe'` with `4b` added to
 * the basis — and nothing for an earlier crossing or a case already marked.
 */
export function punishmentFor(context: PunishableCase): Partial<CaseRecord> {
  if (context.punishment || !crossedAfterCable(context.crossedOn, context.effectiveDate)) return {};
  return { punishment: 'severe', basis: context.basis.includes('4b') ? context.basis : [...context.basis, '4b'] };
}

/** The 4b mark under its version-1 name (the building blocks' internal entry still exports it). */
export const punishmentOnReturn = punishmentFor;
