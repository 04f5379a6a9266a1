import fc from 'fast-check';
import type { AnyStateMachine } from 'xstate';
import { cable } from '../../machines/index.js';
import { isoDate, moves } from './arbitraries.js';
import { runMoves } from './runMoves.js';

/** What the default reading promises post-cable crossers of one machine. */
export interface PostCableLawOptions {
  /** The machine under test (the real one, or a broken variant in a meta-test). */
  readonly machine: AnyStateMachine;
  /** Events for noise moves. */
  readonly alphabet: readonly string[];
  /** Outcomes a post-cable crosser never reaches. */
  readonly unreachable: readonly string[];
  /** The repatriation outcome, which must carry the punishment. */
  readonly repatriated: string;
}

/** A crossing date on or after the cable's date. */
const postCableDate = () => isoDate().filter((d) => d >= cable.date);

/**
 * Default reading (4a–4b): a crosser on or after 17 Dec 1957 never reaches the outcomes of
 * clause 1's leniency, and is punished severely whenever repatriated.
 */
export function postCableCrossers(o: PostCableLawOptions) {
  const input = fc.record({ caseId: fc.constant('post'), crossedOn: postCableDate(), hasCrimeOrPendingCase: fc.boolean() });
  return fc.property(input, moves(o.alphabet), (facts, ms) => {
    const run = runMoves(o.machine, facts, ms);
    const wrong = run.visited.filter((s) => o.unreachable.includes(s));
    if (wrong.length > 0) throw new Error(`a crosser of ${facts.crossedOn} reached ${wrong.join(', ')}`);
    if (run.state === o.repatriated) {
      const punishment = (run.output as { punishment?: string } | undefined)?.punishment;
      if (punishment !== 'severe') throw new Error(`a crosser of ${facts.crossedOn} was repatriated without punishment`);
    }
  });
}
