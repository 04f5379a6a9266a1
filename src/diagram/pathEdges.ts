import { InputError } from '../InputError.js';
import type { MachineDescription } from '../structure/describeMachine.js';
import { transitionsIn } from '../structure/machineStructure.js';
import type { DiagramEdge, DiagramScopes } from './diagramScopes.js';

/**
 * The edges a case's path runs along: for each two consecutive leaf states, every edge whose
 * transition can take a case from the first to the second (a state path does not say which
 * guard held, so each candidate is drawn). A transition written on a compound state (clause 3
 * on `open`) is its one edge from that state. Throws an InputError naming the first state that
 * is not a leaf of the machine, or the first step no transition makes. Pure.
 */
export function pathEdges(d: MachineDescription, scopes: DiagramScopes, path: readonly string[]): Set<DiagramEdge> {
  const leaves = d.states.filter((s) => s.leaf).map((s) => s.name);
  path.forEach((name, i) => {
    if (!leaves.includes(name)) throw new InputError(`diagram --path: "${name}" (step ${i + 1}) is not a state of ${d.id} (states: ${leaves.join(', ')})`);
  });
  const byName = new Map(d.states.map((s) => [s.name, s]));
  const topOf = (name: string): string => {
    let s = byName.get(name)!;
    while (s.parent !== null) s = byName.get(s.parent)!;
    return s.name;
  };
  const out = new Set<DiagramEdge>();
  for (let i = 1; i < path.length; i++) {
    const [a, b] = [path[i - 1]!, path[i]!];
    const found = transitionsIn(d, a).filter((t) => (t.toLeaf ?? a) === b);
    if (found.length === 0) throw new InputError(`diagram --path: no transition of ${d.id} goes from "${a}" to "${b}" (steps ${i} and ${i + 1})`);
    for (const t of found) {
      // A root-level transition is drawn from each top-level state: the one holding `a`.
      for (const e of scopes.edges) if (e.t === t && (t.from !== null || e.from === topOf(a))) out.add(e);
    }
  }
  return out;
}
