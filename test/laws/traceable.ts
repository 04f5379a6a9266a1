import type { AnyStateMachine } from 'xstate';
import { machineShape } from './machineShape.js';

/**
 * Design §6.8, traceability, read off the machines themselves (compound states and targetless
 * transitions included): every machine, state and transition has a description and cites at least
 * one clause of the registry; every clause is cited or listed as not modeled with a reason, never
 * both. Returns one message per problem (none when all is well).
 */
export function untraceable(
  machines: Readonly<Record<string, AnyStateMachine>>,
  clauseIds: readonly string[],
  notModeled: Readonly<Record<string, string | undefined>>,
): string[] {
  const problems: string[] = [];
  const cited = new Set<string>();
  const check = (where: string, description: string, clauses: readonly string[]) => {
    if (!description.trim()) problems.push(`${where} has no description`);
    if (clauses.length === 0) problems.push(`${where} cites no clause`);
    for (const c of clauses) {
      if (!clauseIds.includes(c)) problems.push(`${where} cites "${c}", not a clause`);
      cited.add(c);
    }
  };
  for (const [kind, machine] of Object.entries(machines)) {
    check(`machine ${kind}`, machine.root.description ?? '', (machine.root.meta as { clauses?: string[] } | undefined)?.clauses ?? []);
    const shape = machineShape(machine);
    for (const s of shape.states) check(`${kind} state ${s.name}`, s.description, s.clauses);
    for (const t of shape.transitions) check(`${kind} ${t.from ?? '(root)'} --${t.event}--> ${t.to ?? '(stays)'}`, t.description, t.clauses);
  }
  for (const id of clauseIds) {
    const reason = notModeled[id];
    if (!cited.has(id) && !reason?.trim()) problems.push(`clause ${id} is neither cited nor listed as not modeled`);
    if (cited.has(id) && reason !== undefined) problems.push(`clause ${id} is listed as not modeled but is cited`);
  }
  return problems;
}

/** The side an event's actor names, and the words a description of its transition must use. */
const sides: Readonly<Record<string, RegExp>> = {
  korea: /Korean side/,
  embassy: /Chinese Embassy/,
  publicSecurity: /Chinese (public security|side)/,
};

/**
 * Descriptions name the acting side where the text does: a transition on a `korea.*` event says
 * "the Korean side", on `embassy.*` "the Chinese Embassy", on `publicSecurity.*` "Chinese public
 * security" (or "the Chinese side"). Returns one message per transition that does not.
 */
export function unnamedSides(machines: Readonly<Record<string, AnyStateMachine>>): string[] {
  const problems: string[] = [];
  for (const [kind, machine] of Object.entries(machines)) {
    for (const t of machineShape(machine).transitions) {
      const side = sides[t.event.slice(0, t.event.indexOf('.'))];
      if (side && !side.test(t.description)) problems.push(`${kind} ${t.from} --${t.event}--> ${t.to}: "${t.description}" does not name ${side.source}`);
    }
  }
  return problems;
}
