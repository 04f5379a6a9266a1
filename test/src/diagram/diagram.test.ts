import { describe, expect, it } from 'vitest';
import { caseMachines } from '../../../machines/index.js';
import { describeMachine } from '../../../src/structure/describeMachine.js';
import { dotDiagram } from '../../../src/diagram/dotDiagram.js';
import { mermaidDiagram } from '../../../src/diagram/mermaidDiagram.js';
import { svgDiagram } from '../../../src/diagram/svgDiagram.js';

describe.each(Object.keys(caseMachines) as (keyof typeof caseMachines)[])('diagrams of %s', (kind) => {
  const d = describeMachine(caseMachines[kind]);

  it('Mermaid: one line per state and per transition, with its event, guard and clauses', () => {
    const lines = mermaidDiagram(d).split('\n');
    expect(lines[0]).toBe('stateDiagram-v2');
    expect(lines[1]).toBe(`  [*] --> ${d.initial}`);
    for (const s of d.states) expect(lines).toContain(`  ${s.name} : ${s.name} · ${s.clauses.join(' ')}`);
    for (const t of d.transitions) {
      expect(lines).toContain(`  ${t.from} --> ${t.to} : ${t.event}${t.guard ? ` [${t.guard}]` : ''} / ${t.clauses.join(' ')}`);
    }
    for (const s of d.states.filter((x) => x.final)) expect(lines).toContain(`  ${s.name} --> [*]`);
  });

  it('DOT and SVG: Graphviz (WebAssembly) lays out every state and every transition', async () => {
    const dot = dotDiagram(d);
    expect(dot.match(/ -> /g)).toHaveLength(d.transitions.length + 1);
    const svg = await svgDiagram(d);
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<\/svg>\s*$/);
    for (const s of d.states) expect(svg).toContain(`>${s.name}</text>`);
    expect(svg.match(/class="edge"/g)).toHaveLength(d.transitions.length + 1);
  });
});
