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
  /**
   * Where the crimes lie: `home` when the reading `clause3Scope=homeCountry` is in force (the law
   * is stated for the crimes clause 3 then covers), any place otherwise. @defaultValue any
   */
  readonly where?: 'home' | 'host';
}

/**
 * Clause 3, crime known at screening: whatever events come first (valid, irrelevant, repeated,
 * out of order), the case never passes through another outcome, and once screened it is repatriated.
 */
export function crimeKnownAtScreening(o: CrimeLawOptions) {
  const others = outcomeStates(o.machine).filter((s) => s !== o.repatriated);
  return fc.property(crosserInput(true, o.where), moves(o.alphabet), (input, ms) => {
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
  return fc.property(crosserInput(undefined, o.where), moves(o.alphabet, 10), moves(o.alphabet), (input, before, after) => {
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

/**
 * Clause 3 read as `homeCountry`: a crime or case on the host side never sends the crosser back by
 * itself. Known at screening, the case follows its other rules (3 is not in its basis); coming to
 * light while the case is open, it leaves the case where it stands and cites 4a (the 1955 Record:
 * the capturing side's law).
 */
export function hostCrimeLeftToHostLaw(o: CrimeLawOptions) {
  return fc.property(crosserInput(undefined, 'host'), moves(o.alphabet, 10), moves(o.alphabet, 6), (input, before, after) => {
    const prefix = runMoves(o.machine, input, before);
    fc.pre(prefix.status === 'active');
    const run = runMoves(o.machine, input, [...before, { send: o.crimeEvent }, ...after]);
    const basis = (run.context['basis'] as readonly string[] | undefined) ?? [];
    if (basis.includes('3')) throw new Error(`a host-side crime sent the case back under clause 3 (path ${run.visited.join('>')})`);
    const crime = run.handled[prefix.handled.length];
    if (!crime || crime[0] !== o.crimeEvent || crime[1] !== crime[2]) {
      throw new Error(`a host-side crime coming to light in ${prefix.state} was not left in place (${JSON.stringify(crime)})`);
    }
    const recorded = runMoves(o.machine, input, [...before, { send: o.crimeEvent }]).context['lastClauses'];
    if (JSON.stringify(recorded) !== '["4a"]') throw new Error(`a host-side crime was recorded with ${JSON.stringify(recorded)}, not 4a`);
  });
}
