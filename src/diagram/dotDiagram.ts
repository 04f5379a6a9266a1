import type { MachineDescription } from '../structure/describeMachine.js';

const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A Graphviz DOT digraph of a machine: states as rounded boxes labelled with their clauses
 * (final states double-bordered, settled ones shaded), transitions labelled with event, guard
 * and clause ids. Pure.
 */
export function dotDiagram(d: MachineDescription): string {
  const lines = [
    `digraph ${q(d.id)} {`,
    '  rankdir=LR;',
    '  node [shape=box, style=rounded, fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
    '  "__start" [shape=point, width=0.15, label=""];',
    `  "__start" -> ${q(d.initial)};`,
  ];
  for (const s of d.states) {
    const attrs = [`label=${q(`${s.name}\n${s.clauses.join(' ')}`)}`, `tooltip=${q(s.description)}`];
    if (s.final) attrs.push('peripheries=2');
    if (s.settled) attrs.push('style="rounded,filled"', 'fillcolor="#fff3c4"');
    lines.push(`  ${q(s.name)} [${attrs.join(', ')}];`);
  }
  for (const t of d.transitions) {
    const froms = t.from === null ? d.states.filter((s) => !s.final).map((s) => s.name) : [t.from];
    const label = `${t.event}${t.guard ? `\n[${t.guard}]` : ''}\n${t.clauses.join(' ')}`;
    for (const from of froms) lines.push(`  ${q(from)} -> ${q(t.to)} [label=${q(label)}, tooltip=${q(t.description)}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
