import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cable, caseMachines } from '../../../machines/index.js';
import { buildLiterateDocument } from '../../../src/literate/buildLiterateDocument.js';
import { clauseFragment } from '../../../src/literate/clauseFragment.js';
import { defaultLiterateInput } from '../../../src/literate/defaultLiterateInput.js';
import { fragmentMermaid } from '../../../src/literate/fragmentMermaid.js';
import { literateModel } from '../../../src/literate/literateModel.js';
import { describeMachine } from '../../../src/structure/describeMachine.js';
import { mermaidStructure } from '../../support/mermaidStructure.js';
import { variant, withTransition } from '../../laws/variant.js';
import { documentProblems, htmlAnchors, markdownAnchors } from './documentProblems.js';

const root = new URL('../../../', import.meta.url).pathname;
const input = defaultLiterateInput(root);
const ids = cable.clauses.map((c) => c.id);
const { markdown, html } = await literateModel(input);

describe('literate model › structure', () => {
  it.each([
    ['Markdown', () => markdown, markdownAnchors],
    ['HTML', () => html, htmlAnchors],
  ] as const)('%s: every clause once, in order; every transition of every machine told once, under its first clause', (_, text, anchors) => {
    expect(documentProblems(text(), ids, caseMachines, anchors)).toEqual([]);
  });

  it('the structural check fails when a transition is left out, told twice, or told under another clause', () => {
    const rows = markdown.split('\n');
    const row = rows.findIndex((l) => l.startsWith('| <a id="t-'));
    const without = rows.filter((_, i) => i !== row).join('\n');
    expect(documentProblems(without, ids, caseMachines, markdownAnchors).join('\n')).toMatch(/is told 0 times/);
    const twice = [...rows.slice(0, row + 1), rows[row], ...rows.slice(row + 1)].join('\n');
    expect(documentProblems(twice, ids, caseMachines, markdownAnchors).join('\n')).toMatch(/is told 2 times/);
    const moved = [...rows.filter((_, i) => i !== row), rows[row]].join('\n');
    expect(documentProblems(moved, ids, caseMachines, markdownAnchors).join('\n')).toMatch(new RegExp(`is told under ${ids.at(-1)}, not under`));
  });

  it('a transition added to a machine (on a copy) gets its own entry, so none can be missed', async () => {
    const [kind, machine] = Object.entries(caseMachines)[0]!;
    const state = describeMachine(machine).initial;
    const more = { ...caseMachines, [kind]: variant(machine, (c) => withTransition(c, state, 'person.waves', state)) };
    const doc = await literateModel({ ...input, machines: more });
    expect(documentProblems(doc.markdown, ids, more, markdownAnchors)).toEqual([]);
    expect(doc.markdown).toContain('`person.waves`');
  });

  it('names each clause with its source position and our paraphrase, and what is not modeled', () => {
    for (const c of cable.clauses) {
      const section = markdown.split(`<a id="clause-${c.id}"></a>`)[1]!.split('<a id="clause-')[0]!;
      expect(section).toContain(`## ${c.id} · ${c.title}`);
      expect(section).toContain(`**Our paraphrase.** ${c.paraphrase}`);
      expect(section).toMatch(new RegExp(`\\*\\*Source\\.\\*\\* Paragraph ${c.source.paragraph}\\b.*sentences? ${c.source.sentence}`));
      const reason = input.notModeled[c.id];
      if (reason !== undefined) expect(section).toContain(`**Not modeled.** ${reason}`);
    }
  });

  it('tells every reading and every fixed choice in full exactly once, and links it from its other clauses', () => {
    for (const [id, r] of Object.entries(input.readings)) {
      expect(markdown.split(`#### Reading \`${id}\``)).toHaveLength(2);
      expect(markdown).toContain(`**Why the default.** ${r.why}`);
      expect(markdown.split(`Reading [\`${id}\`](#reading-${id})`)).toHaveLength(r.clauses.length);
    }
    for (const c of input.fixedChoices) {
      expect(markdown.split(`#### Fixed choice \`${c.id}\``)).toHaveLength(2);
      expect(markdown.split(`Fixed choice [\`${c.id}\`](#choice-${c.id})`)).toHaveLength(c.clauses.length);
    }
  });

  it('lists each invariant under every clause it cites', () => {
    for (const inv of input.invariants) expect(markdown.split(`Invariant \`${inv.id}\``)).toHaveLength(inv.clauses.length + 1);
  });

  it('draws, per clause and machine, a valid Mermaid fragment with exactly the transitions citing that clause', () => {
    const fragments = Object.entries(caseMachines).flatMap(([kind, m]) => {
      const d = describeMachine(m);
      return ids.map((id) => [id, d, clauseFragment(kind, d, id)] as const);
    });
    for (const [id, d, f] of fragments) {
      const citing = d.transitions.filter((t) => t.clauses.includes(id));
      if (citing.length === 0) {
        expect(f).toBeNull();
        continue;
      }
      const text = fragmentMermaid(f!);
      expect(mermaidStructure(text).problems).toEqual([]);
      expect(text.split('\n').filter((l) => / --> (?!\[\*\])/.test(l))).toHaveLength(citing.length);
      expect(markdown).toContain(`\`\`\`mermaid\n${text}\`\`\``);
    }
  });

  it('puts the disclaimer and a table of contents naming every clause before the introduction', () => {
    const doc = buildLiterateDocument(input);
    expect(doc.blocks[1]).toMatchObject({ type: 'note' });
    expect(markdown.indexOf('not for decisions about people')).toBeLessThan(markdown.indexOf('## Contents'));
    const contents = markdown.split('## Contents')[1]!.split('\n## ')[0]!;
    for (const c of cable.clauses) expect(contents).toContain(`(#clause-${c.id})`);
  });
});

describe('literate model › no quotation of the translation of its own', () => {
  const source = readFileSync(new URL('../../fixtures/cable-1957-12-17.txt', import.meta.url), 'utf8');
  const words = (text: string) => text.toLowerCase().replace(/\[[^\]]*\]/g, ' ').match(/[a-z0-9’']+/g) ?? [];
  const runs = (text: string, n = 6) => {
    const w = words(text);
    return new Set(w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(' ')));
  };

  it('every run of six words it shares with the translation is already in the registries it reads (title, issuers, short quotes in readings)', () => {
    const described = Object.values(caseMachines).map((m) => describeMachine(m));
    // Every string the registries hold, each on its own (a run never spans two of them), and the
    // cable's issuing offices as the document lists them, in one line.
    const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : typeof v === 'object' && v !== null ? Object.values(v).flatMap(strings) : []);
    const registries = new Set(strings([input.cable, input.readings, input.fixedChoices, input.invariants, input.notModeled, input.tests.titles, described, input.cable.issuers.join(' ')]).flatMap((s) => [...runs(s)]));
    const translation = runs(source);
    const own = [...runs(markdown)].filter((r) => translation.has(r) && !registries.has(r));
    expect(own).toEqual([]);
  });
});
