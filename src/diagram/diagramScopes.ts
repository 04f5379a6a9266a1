import type { MachineDescription, StateInfo, TransitionInfo } from '../structure/describeMachine.js';

/** One edge to draw: a transition from the state it is written on (root-level ones from each top-level open state). */
export interface DiagramEdge {
  /** The state (or compound state) the edge leaves. */
  readonly from: string;
  /** The state (or compound state) the edge enters: the target, or `from` itself for a targetless transition (a self-loop). */
  readonly to: string;
  /** The transition. */
  readonly t: TransitionInfo;
  /** The innermost compound state holding both ends, where the edge is written; `null` for the top level. */
  readonly scope: string | null;
}

/** How a machine's states nest, for the diagrams: what each compound state holds and where each edge goes. */
export interface DiagramScopes {
  /** The states directly in a compound state (`null`: the top level), in document order. */
  readonly children: (scope: string | null) => StateInfo[];
  /** The initial child of a compound state (`null`: the top level's). */
  readonly initialOf: (scope: string | null) => string;
  /** The leaf a state stands for when an edge must end on a node: itself, or its initial leaf. */
  readonly leafOf: (name: string) => string;
  /** Every edge, in the order of the transitions: each transition once. */
  readonly edges: readonly DiagramEdge[];
  /** The edges written in a scope. */
  readonly edgesIn: (scope: string | null) => DiagramEdge[];
  /** The final states directly in a scope. */
  readonly finalsIn: (scope: string | null) => StateInfo[];
}

/**
 * Reads the nesting of a machine description for drawing it: a transition written on a compound
 * state is one edge from that state, and an edge lives in the innermost compound state that holds
 * both its ends (Mermaid wants a composite state's inner edges inside its block). Pure.
 */
export function diagramScopes(d: MachineDescription): DiagramScopes {
  const byName = new Map(d.states.map((s) => [s.name, s]));
  const ancestors = (name: string): string[] => {
    const out: string[] = [];
    for (let p = byName.get(name)?.parent ?? null; p !== null; p = byName.get(p)?.parent ?? null) out.push(p);
    return out;
  };
  const children = (scope: string | null) => d.states.filter((s) => s.parent === scope);
  const initialOf = (scope: string | null) => (scope === null ? ([...ancestors(d.initial)].pop() ?? d.initial) : byName.get(scope)!.initial!);
  const leafOf = (name: string): string => {
    let s = byName.get(name);
    while (s && !s.leaf) s = byName.get(s.initial!);
    return s?.name ?? name;
  };
  const scopeOf = (a: string, b: string) => {
    const around = new Set(ancestors(b));
    return ancestors(a).find((x) => around.has(x)) ?? null;
  };
  const topOpen = children(null).filter((s) => !s.final).map((s) => s.name);
  // A targetless transition keeps the case where it is: a self-loop on the state it is written on.
  const edges = d.transitions.flatMap((t) => (t.from === null ? topOpen : [t.from]).map((from) => ({ from, to: t.to ?? from, t, scope: scopeOf(from, t.to ?? from) })));
  return {
    children,
    initialOf,
    leafOf,
    edges,
    edgesIn: (scope) => edges.filter((e) => e.scope === scope),
    finalsIn: (scope) => children(scope).filter((s) => s.final),
  };
}
