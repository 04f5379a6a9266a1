import type { MachineDescription, StateInfo } from '../structure/describeMachine.js';
import { diagramScopes } from './diagramScopes.js';

const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A Graphviz DOT digraph of a machine: states as rounded boxes labelled with their clauses
 * (final states double-bordered, settled ones shaded), transitions labelled with event, guard
 * and clause ids. A compound state is a cluster (`subgraph cluster_open`, with `compound=true`)
 * around its children; a transition written on it is one edge leaving the cluster's border
 * (`ltail`), drawn from its initial leaf (clause 3 on `open` is drawn once); a targetless one is
 * a self-loop (on a small anchor inside the cluster, for a compound state). Nodes are named by
 * state name, so the viewer can find a leaf's node. Pure.
 */
export function dotDiagram(d: MachineDescription): string {
  const { children, initialOf, leafOf, edges } = diagramScopes(d);
  const nested = d.states.some((s) => !s.leaf);
  const cluster = (name: string) => q(`cluster_${name}`);
  // An end on a compound state is drawn on its initial leaf, clipped at the cluster's border.
  const end = (name: string, side: 'ltail' | 'lhead') => (leafOf(name) === name ? [] : [`${side}=${cluster(name)}`]);
  const lines = [
    `digraph ${q(d.id)} {`,
    ...(nested ? ['  compound=true;'] : []),
    '  rankdir=LR;',
    '  node [shape=box, style=rounded, fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
    '  "__start" [shape=point, width=0.15, label=""];',
    `  "__start" -> ${q(leafOf(initialOf(null)))}${end(initialOf(null), 'lhead').length ? ` [${end(initialOf(null), 'lhead').join(', ')}]` : ''};`,
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
      lines.push(`${indent}${q(s.name)} [${attrs.join(', ')}];`);
    }
  };
  nodes(null, '  ');
  for (const { from, to, t } of edges) {
    const label = `${t.event}${t.guard ? `\n[${t.guard}]` : ''}\n${t.clauses.join(' ')}`;
    const attrs = [`label=${q(label)}`, `tooltip=${q(t.description)}`];
    // A self-loop on a compound state cannot leave and enter the same cluster (Graphviz would
    // draw it on the initial leaf, as if only that leaf had it): it loops on the cluster's anchor.
    if (from === to && leafOf(from) !== from) lines.push(`  ${q(anchor(from))} -> ${q(anchor(from))} [${attrs.join(', ')}];`);
    else lines.push(`  ${q(leafOf(from))} -> ${q(leafOf(to))} [${[...attrs, ...end(from, 'ltail'), ...end(to, 'lhead')].join(', ')}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
