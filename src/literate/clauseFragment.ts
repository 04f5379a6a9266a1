import type { MachineDescription } from '../structure/describeMachine.js';
import type { DiagramFragment } from './LiterateDocument.js';

/**
 * The fragment of a machine a clause accounts for: the transitions that cite it (a targetless one
 * as a loop on the state it is written on) and the states they join. `null` when no transition of
 * the machine cites the clause. Pure.
 */
export function clauseFragment(kind: string, d: MachineDescription, clause: string): DiagramFragment | null {
  const cited = d.transitions.filter((t) => t.clauses.includes(clause));
  if (cited.length === 0) return null;
  const edges = cited.map((t) => ({
    from: t.from ?? d.id,
    to: t.to ?? t.from ?? d.id,
    event: t.event,
    ...(t.guard === undefined ? {} : { guard: t.guard }),
    clauses: t.clauses,
  }));
  const touched = new Set(edges.flatMap((e) => [e.from, e.to]));
  const states = d.states.filter((s) => touched.has(s.name)).map((s) => ({ name: s.name, final: s.final, compound: !s.leaf }));
  // A root-level transition leaves from the machine itself (none today): draw it as a state of that name.
  if (touched.has(d.id) && !states.some((s) => s.name === d.id)) states.unshift({ name: d.id, final: false, compound: true });
  return { kind, states, edges };
}
