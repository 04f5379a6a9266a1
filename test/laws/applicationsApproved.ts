import fc from 'fast-check';
import type { AnyStateMachine } from 'xstate';
import { isoDate, moves } from './arbitraries.js';
import { runMoves } from './runMoves.js';

/** The names the application machine uses for clause 4c. */
export interface ApprovalLawOptions {
  /** The machine under test (the real one, or a broken variant in a meta-test). */
  readonly machine: AnyStateMachine;
  /** Events for noise moves. */
  readonly alphabet: readonly string[];
  /** The review event. */
  readonly reviewEvent: string;
  /** Events that may legitimately reject an approvable application (a case coming to light). */
  readonly voiding: readonly string[];
  /** States an approved application may be in. */
  readonly approved: readonly string[];
}

/**
 * Clause 4c: every justified application without political issues or pending case is approved
 * when reviewed — whatever other events came before, unless a pending case came to light.
 */
export function applicationsApproved(o: ApprovalLawOptions) {
  const input = fc.record({
    caseId: fc.constant('app'),
    submittedOn: isoDate(),
    hasPoliticalIssues: fc.constant(false),
    hasPendingCase: fc.constant(false),
    isJustified: fc.constant(true),
  });
  const noise = moves(o.alphabet.filter((e) => !o.voiding.includes(e) && e !== o.reviewEvent), 10);
  return fc.property(input, noise, (facts, ms) => {
    const run = runMoves(o.machine, facts, [...ms.filter((m) => 'send' in m), { send: o.reviewEvent }]);
    if (!o.approved.includes(run.state)) throw new Error(`an approvable application ended in ${run.state}`);
  });
}
