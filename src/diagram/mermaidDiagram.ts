import type { MachineDescription } from '../structure/describeMachine.js';
import { diagramScopes, type DiagramEdge } from './diagramScopes.js';
import { pathEdges } from './pathEdges.js';

const id = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_');

/** Options of {@link mermaidDiagram}. */
export interface MermaidOptions {
  /** A case's path (leaf states in order): its states are styled `path`, and its transitions' labels start with their step numbers (Mermaid cannot style a state diagram's arrows). Throws an InputError for a path the machine cannot take. */
  readonly path?: readonly string[];
}

/**
 * A Mermaid `stateDiagram-v2` of a machine: each state with its clauses, each transition
 * labelled `event [guard] / clauses`, final states into `[*]`, settled states styled. A compound
 * state is a composite state (`state open { … }`) holding its children, its initial child and
 * the transitions between them; a transition written on it is one edge from it (clause 3 on
 * `open` is drawn once). A targetless transition is a self-loop on the state it is written on.
 * An edge leaving a composite carries no label on its arrow: Mermaid places such a label where
 * it can cover another (the 2c label at `residing` under clause 3's, outside-checks §4), so its
 * label is written in the composite's title, as `event [guard] / clauses → target`. Pure.
 */
export function mermaidDiagram(d: MachineDescription, options: MermaidOptions = {}): string {
  const scopes = diagramScopes(d);
  const { children, initialOf, edgesIn, finalsIn, edges } = scopes;
  const path = options.path ?? [];
  pathEdges(d, scopes, path); // refuses a path the machine cannot take
  const stepEdges = path.slice(1).map((b, i) => pathEdges(d, scopes, [path[i]!, b]));
  // The steps an edge is taken at ("2." or "2. 5." when the case runs along it twice).
  const steps = (e: DiagramEdge) => stepEdges.flatMap((set, i) => (set.has(e) ? [`${i + 1}.`] : []));
  const label = (e: DiagramEdge) => [...steps(e), `${e.t.event}${e.t.guard ? ` [${e.t.guard}]` : ''} / ${e.t.clauses.join(' ')}`].join(' ');
  const composite = new Set(d.states.filter((s) => !s.leaf).map((s) => s.name));
  const fromComposite = (name: string) => edges.filter((e) => e.from === name && composite.has(name)).map((e) => `<br/>${label(e)} → ${e.to}`);
  const block = (scope: string | null, indent: string): string[] => {
    const lines = [`${indent}[*] --> ${id(initialOf(scope))}`];
    for (const s of children(scope)) {
      if (!s.leaf) lines.push(`${indent}state ${id(s.name)} {`, ...block(s.name, `${indent}  `), `${indent}}`);
      lines.push(`${indent}${id(s.name)} : ${s.name} · ${s.clauses.join(' ')}${fromComposite(s.name).join('')}`);
    }
    for (const e of edgesIn(scope)) lines.push(`${indent}${id(e.from)} --> ${id(e.to)}${composite.has(e.from) ? '' : ` : ${label(e)}`}`);
    for (const s of finalsIn(scope)) lines.push(`${indent}${id(s.name)} --> [*]`);
    return lines;
  };
  const lines = ['stateDiagram-v2', ...block(null, '  ')];
  const settled = d.states.filter((s) => s.settled);
  if (settled.length > 0) {
    lines.push('  classDef settled fill:#fff3c4,stroke:#b08800', ...settled.map((s) => `  class ${id(s.name)} settled`));
  }
  if (path.length > 0) {
    lines.push('  classDef path fill:#ffd54f,stroke:#b26a00,stroke-width:3px,font-weight:bold', `  class ${[...new Set(path)].map(id).join(',')} path`);
  }
  return `${lines.join('\n')}\n`;
}
