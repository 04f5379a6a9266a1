import type { MachineDescription, StateInfo } from '../structure/describeMachine.js';
import { diagramScopes } from './diagramScopes.js';
import { edgeId } from './edgeId.js';
import { pathEdges } from './pathEdges.js';

/** Options of {@link dotDiagram}. */
export interface DotOptions {
  /** A case's path (leaf states in order): its states and the edges between them get the class `path`, drawn thick and orange. Throws an InputError for a path the machine cannot take. */
  readonly path?: readonly string[];
}

// The path's colours: the viewer's current-state orange, dark enough on white for a projector.
const PATH_NODE = ['class="path"', 'penwidth=3', 'color="#b26a00"'];
const PATH_EDGE = ['class="path"', 'penwidth=3', 'color="#b26a00"', 'fontcolor="#7a4800"'];

const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A Graphviz DOT digraph of a machine: states as rounded boxes labelled with their clauses
 * (final states double-bordered, settled ones shaded), transitions labelled with event, guard
 * and clause ids. A compound state is a cluster (`subgraph cluster_open`, with `compound=true`)
 * around its children; a transition written on it is one edge leaving the cluster's border
 * (`ltail`), drawn from its initial leaf (clause 3 on `open` is drawn once); a targetless one is
 * a self-loop (on a small anchor inside the cluster, for a compound state). Nodes are named by
 * state name, so the viewer can find a leaf's node. Laid out top to bottom in DejaVu Sans 14
 * (Graphviz knows its metrics, and it is among the widest sans fonts a browser falls back from),
 * with each event broken after its actor, so the diagram shown 1,280 px wide keeps labels of
 * 14 px or more. Pure.
 */
export function dotDiagram(d: MachineDescription, options: DotOptions = {}): string {
  const scopes = diagramScopes(d);
  const { children, initialOf, leafOf, edges } = scopes;
  const path = options.path ?? [];
  const onPath = pathEdges(d, scopes, path);
  const pathStates = new Set(path);
  const nested = d.states.some((s) => !s.leaf);
  const cluster = (name: string) => q(`cluster_${name}`);
  const bracket = (attrs: string[]) => (attrs.length ? ` [${attrs.join(', ')}]` : '');
  // An end on a compound state is drawn on its initial leaf, clipped at the cluster's border.
  const end = (name: string, side: 'ltail' | 'lhead') => (leafOf(name) === name ? [] : [`${side}=${cluster(name)}`]);
  const lines = [
    `digraph ${q(d.id)} {`,
    ...(nested ? ['  compound=true;'] : []),
    '  rankdir=TB; nodesep=0.15; ranksep=0.3;',
    '  graph [fontname="DejaVu Sans", fontsize=14];',
    '  node [shape=box, style=rounded, fontname="DejaVu Sans", fontsize=14, margin="0.06,0.03"];',
    '  edge [fontname="DejaVu Sans", fontsize=14];',
    '  "__start" [shape=point, width=0.15, label=""];',
    `  "__start" -> ${q(leafOf(initialOf(null)))}${bracket([...end(initialOf(null), 'lhead'), ...(path[0] === d.initial ? PATH_EDGE : [])])};`,
  ];
  const label = (s: StateInfo) => q(`${s.name}\n${s.clauses.join(' ')}`);
  // A compound state with a self-loop (a targetless transition on it) gets a small anchor node inside its cluster.
  const anchor = (name: string) => `${name}:self`;
  const looped = new Set(edges.filter((e) => e.from === e.to && leafOf(e.from) !== e.from).map((e) => e.from));
  const nodes = (scope: string | null, indent: string) => {
    for (const s of children(scope)) {
      if (!s.leaf) {
        lines.push(`${indent}subgraph ${cluster(s.name)} {`, `${indent}  label=${label(s)};`, `${indent}  tooltip=${q(s.description)};`, `${indent}  style=rounded;`);
        if (looped.has(s.name)) lines.push(`${indent}  ${q(anchor(s.name))} [shape=point, width=0.08, label="", tooltip=${q(`${s.name}: the case stays in its state`)}];`);
        nodes(s.name, `${indent}  `);
        lines.push(`${indent}}`);
        continue;
      }
      const attrs = [`label=${label(s)}`, `tooltip=${q(s.description)}`];
      if (s.final) attrs.push('peripheries=2');
      if (s.settled) attrs.push('style="rounded,filled"', 'fillcolor="#fff3c4"');
      if (pathStates.has(s.name)) attrs.push(...PATH_NODE);
      lines.push(`${indent}${q(s.name)} [${attrs.join(', ')}];`);
    }
  };
  nodes(null, '  ');
  for (const e of edges) {
    const { from, to, t } = e;
    const label = `${t.event.replace('.', '.\n')}${t.guard ? `\n[${t.guard}]` : ''}\n${t.clauses.join(' ')}`;
    // The id names the transition (its index among the machine's) and the state it leaves, so the viewer can find the edge a case took.
    const attrs = [`id=${q(edgeId(d.transitions.indexOf(t), from))}`, `label=${q(label)}`, `tooltip=${q(t.description)}`, ...(onPath.has(e) ? PATH_EDGE : [])];
    // A self-loop on a compound state cannot leave and enter the same cluster (Graphviz would
    // draw it on the initial leaf, as if only that leaf had it): it loops on the cluster's anchor.
    if (from === to && leafOf(from) !== from) lines.push(`  ${q(anchor(from))} -> ${q(anchor(from))} [${attrs.join(', ')}];`);
    else lines.push(`  ${q(leafOf(from))} -> ${q(leafOf(to))} [${[...attrs, ...end(from, 'ltail'), ...end(to, 'lhead')].join(', ')}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
