import { Graphviz } from '@hpcc-js/wasm-graphviz';
import type { DiagramFragment } from './LiterateDocument.js';
import { edgeLabel, stateLabel } from './fragmentMermaid.js';

const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A Graphviz DOT digraph of a clause's fragment, sized for a projector: 14 pt state labels and
 * 12 pt edge labels (16 px and more at the SVG's own size); final states double-bordered. Pure.
 */
export function fragmentDot(f: DiagramFragment): string {
  const lines = [
    `digraph ${q(f.kind)} {`,
    '  rankdir=TB;',
    // pad: room for labels a browser's font draws wider than Graphviz measured them.
    '  nodesep=0.9; ranksep=0.7; pad=0.4;',
    '  node [shape=box, style=rounded, fontname="Helvetica", fontsize=14];',
    '  edge [fontname="Helvetica", fontsize=12];',
  ];
  for (const s of f.states) lines.push(`  ${q(s.name)} [label=${q(stateLabel(s))}${s.final ? ', peripheries=2' : ''}${s.compound ? ', style="rounded,dashed"' : ''}];`);
  for (const e of f.edges) lines.push(`  ${q(e.from)} -> ${q(e.to)} [label=${q(edgeLabel(e, 'lines'))}];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

let graphviz: Promise<Graphviz> | undefined;

/**
 * The fragment as an SVG element to inline in HTML, laid out by Graphviz compiled to WebAssembly
 * (no system binary, no network): the XML prolog and DOCTYPE dropped, Graphviz's comments kept out,
 * every id prefixed with `idPrefix`.
 */
export async function fragmentSvg(f: DiagramFragment, idPrefix: string): Promise<string> {
  graphviz ??= Graphviz.load();
  const svg = (await graphviz).dot(fragmentDot(f), 'svg');
  // Graphviz numbers its elements (graph0, node1, …) alike in every SVG: prefixed, ids stay unique in the page.
  return svg
    .slice(svg.indexOf('<svg'))
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(/ id="/g, ` id="${idPrefix}`)
    .trim();
}
