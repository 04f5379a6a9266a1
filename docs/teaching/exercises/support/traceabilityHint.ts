import type { AnyStateMachine } from 'xstate';
import { describeMachine, isClauseId } from '../../../../src/index.js';

/**
 * Why a machine copy is not traceable, or null: every state and transition must carry a one-sentence
 * description and `meta.clauses` naming at least one clause of the cable.
 */
export function traceabilityHint(machine: AnyStateMachine): string | null {
  const d = describeMachine(machine);
  for (const t of d.transitions) {
    const where = `the transition on ${t.event} from ${t.from ?? 'the root'}`;
    if (t.clauses.length === 0) return `${where} cites no clause: give it meta: { clauses: [...] }`;
    const bad = t.clauses.find((c) => !isClauseId(c));
    if (bad !== undefined) return `${where} cites "${bad}", which is not a clause id of the cable (see "cable1957 clauses")`;
    if (!t.description) return `${where} has no description: one sentence saying what happens`;
  }
  for (const s of d.states) {
    if (s.clauses.length === 0) return `the state ${s.name} cites no clause: give it meta: { clauses: [...] }`;
  }
  return null;
}
