import { describe, expect, it } from 'vitest';
import { caseMachines } from '../../../machines/index.js';
import { describeMachine } from '../../../src/structure/describeMachine.js';
import { dotDiagram } from '../../../src/diagram/dotDiagram.js';
import { mermaidDiagram } from '../../../src/diagram/mermaidDiagram.js';
import { svgDiagram } from '../../../src/diagram/svgDiagram.js';
import { variant, withState } from '../../laws/variant.js';
import { compoundMachine } from '../../support/compoundMachine.js';
import { mermaidStructure } from '../../support/mermaidStructure.js';

const trimmed = (text: string) => text.split('\n').map((l) => l.trim());

describe.each(Object.keys(caseMachines) as (keyof typeof caseMachines)[])('diagrams of %s', (kind) => {
  const d = describeMachine(caseMachines[kind]);

  it('Mermaid: one line per state and per transition, with its event, guard and clauses', () => {
    const text = mermaidDiagram(d);
    const lines = trimmed(text);
    expect(lines[0]).toBe('stateDiagram-v2');
    expect(mermaidStructure(text).problems).toEqual([]);
    const compound = new Set(d.states.filter((s) => !s.leaf).map((s) => s.name));
    const label = (t: (typeof d.transitions)[number]) => `${t.event}${t.guard ? ` [${t.guard}]` : ''} / ${t.clauses.join(' ')}`;
    for (const s of d.states) {
      // A composite's title also lists the transitions written on it (their arrows carry no label).
      const own = d.transitions.filter((t) => t.from === s.name && compound.has(s.name)).map((t) => `<br/>${label(t)} → ${t.to ?? t.from}`);
      expect(lines).toContain(`${s.name} : ${s.name} · ${s.clauses.join(' ')}${own.join('')}`);
    }
    // A targetless transition (clause3Scope's host-side crime, 4a) is a self-loop on the state it is written on.
    for (const t of d.transitions.filter((x) => x.from !== null)) {
      expect(lines).toContain(`${t.from} --> ${t.to ?? t.from}${compound.has(t.from!) ? '' : ` : ${label(t)}`}`);
    }
    for (const s of d.states.filter((x) => x.final)) expect(lines).toContain(`${s.name} --> [*]`);
  });

  it('Mermaid: no arrow leaving a composite carries a label (Mermaid lays such a label over others: 2c at residing under clause 3), each is in the title', () => {
    const text = mermaidDiagram(d);
    const { blocks } = mermaidStructure(text);
    const composites = [...blocks.keys()].filter((b) => b !== '');
    const fromComposite = trimmed(text).filter((l) => composites.some((c) => l.startsWith(`${c} --> `)));
    expect(fromComposite.length).toBe(d.transitions.filter((t) => composites.includes(t.from ?? '')).length);
    for (const line of fromComposite) expect(line).not.toContain(' : ');
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

describe('diagrams of a machine with depth', () => {
  const d = describeMachine(compoundMachine);
  const once = (lines: string[], pattern: RegExp) => lines.filter((l) => pattern.test(l));

  it('Mermaid: a composite `state open { … }` with its initial leaf and inner edges, and the transition on open as ONE edge from open', () => {
    const text = mermaidDiagram(d);
    const { problems, blocks } = mermaidStructure(text);
    expect(problems).toEqual([]);
    expect([...blocks.get('open')!.states]).toEqual(['detected', 'waiting', 'settled']);
    expect(blocks.get('open')!.edges).toEqual([
      '[*] --> detected',
      'detected --> waiting : authorities.screen / 1a',
      'waiting --> settled : person.refuses / 1b',
      'waiting --> settled : authorities.intervene [isUrgent] / 1b',
    ]);
    expect(blocks.get('')!.edges[0]).toBe('[*] --> open');
    // The intervention on `open`: one edge, from open, its label in open's title (an arrow leaving a
    // composite is unlabelled: Mermaid would put its label over another's); the leaf's own guarded one stays separate.
    expect(once(trimmed(text), /^open --> closed/)).toEqual(['open --> closed']);
    expect(once(trimmed(text), /^open : /)).toEqual(['open : open · 3<br/>authorities.intervene / 3 → closed']);
    expect(trimmed(text)).toContain('settled --> open : person.reopens / 1a');
  });

  it('Mermaid: the structural check catches an unclosed block, a stray brace and an undeclared state', () => {
    expect(mermaidStructure('stateDiagram-v2\n  state open {\n  a : a\n').problems).toEqual(['block "open" is not closed']);
    expect(mermaidStructure('stateDiagram-v2\n  }\n').problems).toEqual(['line 2: "}" closes no block']);
    expect(mermaidStructure('stateDiagram-v2\n  a : a\n  a --> b : go\n').problems).toEqual(['line 3: "b" is not a declared state']);
    expect(mermaidStructure('stateDiagram-v2\n  state o {\n  a : a\n  b : b\n  }\n  a --> b : go\n').problems).toEqual([
      'line 6: a --> b joins two states of block "o" but is written in "the top level"',
    ]);
  });

  it('DOT: a cluster for open (compound=true) and the transition on open as one edge leaving it (ltail)', () => {
    const dot = dotDiagram(d);
    expect(dot).toContain('  compound=true;');
    expect(dot).toMatch(/subgraph "cluster_open" \{\n {4}label="open\n3";[\s\S]*?"detected"[\s\S]*?"waiting"[\s\S]*?"settled"[\s\S]*?\n {2}\}/);
    expect(dot.match(/ltail="cluster_open"/g)).toHaveLength(1);
    expect(dot).toContain('"__start" -> "detected" [lhead="cluster_open"];');
    expect(dot.match(/ -> /g)).toHaveLength(d.transitions.length + 1);
  });

  it('SVG: Graphviz draws the cluster, every leaf and each written transition once', async () => {
    const svg = await svgDiagram(d);
    expect(svg).toContain('<title>cluster_open</title>');
    for (const s of d.states.filter((x) => x.leaf)) expect(svg).toContain(`<title>${s.name}</title>`);
    expect(svg.match(/class="edge"/g)).toHaveLength(d.transitions.length + 1);
  });

  it('a flat copy on every leaf (what depth replaces) would draw three edges: the diagrams count what is written', () => {
    const copy = { target: '#compound.closed', meta: { clauses: ['3'] } };
    const flat = variant(compoundMachine, (c) =>
      withState(c, 'open', (s) => {
        const states = s['states'] as Record<string, Record<string, unknown>>;
        const withCopy = (n: Record<string, unknown>) => ({ ...n, on: { ...(n['on'] as object), 'authorities.intervene': [...[(n['on'] as Record<string, unknown>)['authorities.intervene']].flat().filter(Boolean), copy] } });
        return { ...s, on: {}, states: Object.fromEntries(Object.entries(states).map(([k, n]) => [k, withCopy(n)])) };
      }),
    );
    const lines = trimmed(mermaidDiagram(describeMachine(flat)));
    expect(once(lines, /--> closed : authorities\.intervene \/ 3$/)).toHaveLength(3);
  });
});
