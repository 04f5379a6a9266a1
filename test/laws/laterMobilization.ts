import fc from 'fast-check';
import type { AnyStateMachine } from 'xstate';
import { crosserInput, moves } from './arbitraries.js';
import { runMoves } from './runMoves.js';

/** The names the Korean crosser machine uses for 2c. */
export interface PersuasionLawOptions {
  /** The machine under test (the real one, or a broken variant in a meta-test). */
  readonly machine: AnyStateMachine;
  /** Events for noise moves. */
  readonly alphabet: readonly string[];
}

/**
 * Design §6.11, `laterMobilization=persuasion`: a residing person is repatriated under 2c only
 * after being mobilized and agreeing, and a refusal returns them to `residing` — for any facts
 * and any mix of events. (Clause 3 may still send a resident back: that is not 2c.)
 */
export function residentsPersuaded(o: PersuasionLawOptions) {
  return fc.property(crosserInput(), moves(o.alphabet, 30), (input, ms) => {
    const run = runMoves(o.machine, input, ms);
    for (const [event, from, to] of run.steps) {
      if (from === 'residing' && to === 'repatriated' && event !== 'authorities.establishCrimeOrPendingCase') {
        throw new Error(`a resident was repatriated by ${event} without agreeing`);
      }
      if (from === 'mobilizedToReturn' && to === 'repatriated' && event !== 'person.agreesToReturn' && event !== 'authorities.establishCrimeOrPendingCase') {
        throw new Error(`a mobilized resident was repatriated by ${event}`);
      }
      if (from === 'mobilizedToReturn' && event === 'person.refusesToReturn' && to !== 'residing') {
        throw new Error(`a refusal after mobilization led to ${to}`);
      }
    }
  });
}
