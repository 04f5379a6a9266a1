import fc from 'fast-check';
import type { AnyStateMachine } from 'xstate';
import { moves } from './arbitraries.js';
import { runMoves } from './runMoves.js';

/** What reaching one outcome requires. */
export interface OutcomeRequirements<I> {
  /** The machine under test (the real one, or a broken variant in a meta-test). */
  readonly machine: AnyStateMachine;
  /** The case facts. */
  readonly input: fc.Arbitrary<I>;
  /** Events for noise moves. */
  readonly alphabet: readonly string[];
  /** The outcome state. */
  readonly outcome: string;
  /** Events that must have moved the case, in this order, before it reached the outcome. */
  readonly events: readonly string[];
  /** Events that must never have moved the case (e.g. a crime coming to light). */
  readonly never?: readonly string[];
  /** What the facts must satisfy, with a name for the error message. */
  readonly facts?: { readonly name: string; readonly holds: (input: I) => boolean };
}

/** True when `needles` occur in `haystack` in order (not necessarily adjacent). */
export function isSubsequence(needles: readonly string[], haystack: readonly string[]): boolean {
  let i = 0;
  for (const h of haystack) if (h === needles[i]) i++;
  return i === needles.length;
}

/**
 * Ending in `outcome` implies the required events moved the case in order, the forbidden ones
 * never did, and the facts hold — for any facts and any mix of events.
 */
export function outcomeRequires<I>(r: OutcomeRequirements<I>) {
  return fc.property(r.input, moves(r.alphabet), (input, ms) => {
    const run = runMoves(r.machine, input, ms);
    if (run.state !== r.outcome) return; // the outcome is where the run ends (settled states can still move)
    const taken = run.steps.map(([event]) => event);
    if (!isSubsequence(r.events, taken)) {
      throw new Error(`${r.outcome} was reached by ${taken.join(' > ')}, without ${r.events.join(' > ')}`);
    }
    const forbidden = taken.filter((e) => r.never?.includes(e));
    if (forbidden.length > 0) throw new Error(`${r.outcome} was reached although ${forbidden.join(', ')} moved the case`);
    if (r.facts && !r.facts.holds(input)) throw new Error(`${r.outcome} was reached without ${r.facts.name}`);
  });
}
