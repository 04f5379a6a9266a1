import fc from 'fast-check';
import type { AnyStateMachine } from 'xstate';
import { effectiveDateOf } from '../../machines/index.js';
import { crosserInput, moves } from './arbitraries.js';
import { runMoves } from './runMoves.js';

/** A crosser machine and the readings it runs under. */
export interface PunishmentLawOptions {
  /** The machine under test (the real one, or a broken variant in a meta-test). */
  readonly machine: AnyStateMachine;
  /** The readings it is held to: `effectiveDate` and `punishment` decide who is punished. */
  readonly selection: Readonly<Record<string, string>>;
  /** Events for noise moves. */
  readonly alphabet: readonly string[];
}

/**
 * Design §6.9 (4b): a case is punished exactly when the reading says — under
 * `punishment=postCableCrossers` every crossing on or after the effective date once its case has
 * left `detected`; under `whenReturned` such a crossing once repatriated — never a crossing before
 * the effective date, and whenever punished with `4b` in the basis. For any facts and events.
 */
export function punishmentFollowsCrossing(o: PunishmentLawOptions) {
  const from = effectiveDateOf(o.selection);
  const whenReturned = o.selection['punishment'] === 'whenReturned';
  return fc.property(crosserInput(), moves(o.alphabet), (facts, ms) => {
    const run = runMoves(o.machine, facts, ms);
    const punished = run.context['punishment'] === 'severe';
    const basis = (run.context['basis'] as readonly string[] | undefined) ?? [];
    const post = facts.crossedOn >= from;
    const due = post && (whenReturned ? run.state === 'repatriated' : run.visited.length > 1);
    if (punished !== due) throw new Error(`a crosser of ${facts.crossedOn} in ${run.state} was ${punished ? '' : 'not '}punished (effective ${from})`);
    if (punished && !basis.includes('4b')) throw new Error(`a punished crosser has basis ${basis.join(' ')}, without 4b`);
    if (!punished && basis.includes('4b') && !run.steps.some(([e]) => e === 'authorities.screen')) throw new Error(`4b in the basis of an unpunished case`);
  });
}
