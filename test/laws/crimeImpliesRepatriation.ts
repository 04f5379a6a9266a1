import fc from 'fast-check';
import type { AnyStateMachine } from 'xstate';
import { crosserInput, moves } from './arbitraries.js';
import { outcomeStates } from './outcomeStates.js';
import { runMoves } from './runMoves.js';

/** The names a crosser machine uses for clause 3. */
export interface CrimeLawOptions {
  /** The machine under test (the real one, or a broken variant in a meta-test). */
  readonly machine: AnyStateMachine;
  /** Events for noise moves. */
  readonly alphabet: readonly string[];
  /** The screening event, after which a crime known at the outset must have sent the case back. */
  readonly screenEvent: string;
  /** The event by which a crime or pending case comes to light mid-way. */
  readonly crimeEvent: string;
  /** The outcome clause 3 prescribes. */
  readonly repatriated: string;
}

/**
 * Clause 3, crime known at screening: whatever events come first (valid, irrelevant, repeated,
 * out of order), the case never passes through another outcome, and once screened it is repatriated.
 */
export function crimeKnownAtScreening(o: CrimeLawOptions) {
  const others = outcomeStates(o.machine).filter((s) => s !== o.repatriated);
  return fc.property(crosserInput(true), moves(o.alphabet), (input, ms) => {
    const run = runMoves(o.machine, input, [...ms, { send: o.screenEvent }]);
    const wrong = run.visited.filter((s) => others.includes(s));
    if (wrong.length > 0) throw new Error(`a case with a crime passed through ${wrong.join(', ')}`);
    if (run.state !== o.repatriated) throw new Error(`a screened case with a crime ended in ${run.state}`);
  });
}

/**
 * Clause 3, crime established mid-way: if the case is still open when the crime comes to light,
 * it is repatriated at once and stays so under any later events.
 */
export function crimeEstablishedMidway(o: CrimeLawOptions) {
  return fc.property(crosserInput(), moves(o.alphabet, 10), moves(o.alphabet), (input, before, after) => {
    const prefix = runMoves(o.machine, input, before);
    fc.pre(prefix.status === 'active'); // "while it is open": an ended case takes no events.
    const run = runMoves(o.machine, input, [...before, { send: o.crimeEvent }, ...after]);
    const sinceCrime = run.visited.slice(prefix.visited.length);
    if (sinceCrime.length === 0) {
      throw new Error(`the crime event left the open case in ${prefix.state}`);
    }
    const wrong = sinceCrime.filter((s) => s !== o.repatriated);
    if (wrong.length > 0) throw new Error(`after the crime the case went through ${wrong.join(', ')}`);
    if (run.state !== o.repatriated) throw new Error(`after the crime the case ended in ${run.state}`);
  });
}
