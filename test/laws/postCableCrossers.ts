import fc from 'fast-check';
import type { AnyStateMachine } from 'xstate';
import { effectiveDateOf } from '../../machines/index.js';
import { crosserInput, moves } from './arbitraries.js';
import { runMoves } from './runMoves.js';

/** What the reading postCableCrossings=returnAndPunish promises post-cable Chinese crossers. */
export interface PostCableLawOptions {
  /** The machine under test (the real one, or a broken variant in a meta-test). */
  readonly machine: AnyStateMachine;
  /** The readings it runs under: they fix the effective date. */
  readonly selection: Readonly<Record<string, string>>;
  /** Events for noise moves. */
  readonly alphabet: readonly string[];
  /** States of clause 1's path, which a post-cable crosser never enters. */
  readonly clause1: readonly string[];
}

/**
 * Design §6.6 (4a, default reading): a Chinese crosser on or after the effective date is never
 * mobilized and never reaches clause 1's leniency (passport, renunciation), and is repatriated
 * only through a handover by the Korean side or clause 3 — for any facts and events.
 */
export function postCableCrossersHandedOver(o: PostCableLawOptions) {
  const from = effectiveDateOf(o.selection);
  const input = crosserInput().filter((i) => i.crossedOn >= from);
  return fc.property(input, moves(o.alphabet), (facts, ms) => {
    const run = runMoves(o.machine, facts, ms);
    const wrong = run.visited.filter((s) => o.clause1.includes(s));
    if (wrong.length > 0) throw new Error(`a crosser of ${facts.crossedOn} reached ${wrong.join(', ')}`);
    const into = run.steps.find(([, , to]) => to === 'repatriated');
    if (!into || into[0] === 'korea.handsOver' || into[0] === 'authorities.establishCrimeOrPendingCase') return;
    // Clause 3 at screening needs a crime or case it covers.
    const covered = facts.hasCrimeOrPendingCase && (o.selection['clause3Scope'] !== 'homeCountry' || facts.crimeWhere !== 'host');
    if (into[0] !== 'authorities.screen' || !covered) throw new Error(`a crosser of ${facts.crossedOn} was repatriated by ${into[0]} without a handover or clause 3`);
  });
}
