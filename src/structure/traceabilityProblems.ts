import type { AnyStateMachine } from 'xstate';
import type { ClauseLike } from './clauseMatrix.js';
import { describeMachine } from './describeMachine.js';
import { formatTransition } from './clauseMatrix.js';

/**
 * Checks that the machines are traceable to the text, returning one message per problem (empty
 * when all is well): every machine, state and transition has a description and cites at least
 * one clause of the registry; every clause is cited or listed as not modeled with a reason; no
 * clause is both. Pure.
 */
export function traceabilityProblems(
  machines: Readonly<Record<string, AnyStateMachine>>,
  clauses: readonly ClauseLike[],
  notModeled: Readonly<Record<string, string | undefined>> = {},
): string[] {
  const problems: string[] = [];
  const known = new Set(clauses.map((c) => c.id));
  const cited = new Set<string>();
  const check = (where: string, description: string, ids: readonly string[]): void => {
    if (!description.trim()) problems.push(`${where} has no description`);
    if (ids.length === 0) problems.push(`${where} cites no clause`);
    for (const id of ids) {
      if (!known.has(id)) problems.push(`${where} cites "${id}", which is not a clause of the registry`);
      cited.add(id);
    }
  };
  for (const [kind, machine] of Object.entries(machines)) {
    const d = describeMachine(machine);
    check(`machine ${kind}`, d.description, d.clauses);
    for (const s of d.states) check(`${kind} state ${s.name}`, s.description, s.clauses);
    for (const t of d.transitions) check(`${kind} transition ${formatTransition(t)}`, t.description, t.clauses);
  }
  for (const c of clauses) {
    const reason = notModeled[c.id];
    if (!cited.has(c.id) && !reason?.trim()) problems.push(`clause ${c.id} is neither cited by a machine nor listed as not modeled with a reason`);
    if (cited.has(c.id) && reason !== undefined) problems.push(`clause ${c.id} is listed as not modeled but is cited`);
  }
  return problems;
}
