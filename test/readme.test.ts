import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cable, caseMachines, fixedChoices, notModeled, readings } from '../machines/index.js';
import { clauseMatrix } from '../src/structure/clauseMatrix.js';
import { formatClauseMatrix } from '../src/structure/formatClauseMatrix.js';
import { describeMachine } from '../src/structure/describeMachine.js';
import { mermaidDiagram } from '../src/diagram/mermaidDiagram.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('opens with the two commands a newcomer runs', () => {
    const first = readme.split('\n').slice(0, 6).join('\n');
    expect(first).toContain('npm ci && npm start');
    expect(first).toContain('npm ci && npm test');
  });
  it('shows the clause matrix exactly as the machines generate it', () => {
    const table = readme.split('<!-- clauses:begin -->\n')[1]?.split('<!-- clauses:end -->')[0];
    expect(table).toBe(formatClauseMatrix(clauseMatrix(caseMachines, cable.clauses, notModeled), 'markdown'));
  });
  it.each(Object.keys(caseMachines))('shows the Mermaid diagram of %s exactly as generated', (kind) => {
    const section = readme.split(`<!-- diagram:${kind}:begin -->\n`)[1]?.split(`<!-- diagram:${kind}:end -->`)[0];
    expect(section).toBe(`\`\`\`mermaid\n${mermaidDiagram(describeMachine(caseMachines[kind as keyof typeof caseMachines]))}\`\`\`\n`);
  });
  it.each(['readings', 'fixedChoices'])('shows the %s exactly as generated from the machines', async (name) => {
    // @ts-expect-error: a plain ES module of the repository's scripts, without types
    const { readmeSections } = (await import('../scripts/readmeSections.mjs')) as { readmeSections: () => Record<string, string> };
    const section = readme.split(`<!-- ${name}:begin -->\n`)[1]?.split(`<!-- ${name}:end -->`)[0];
    expect(section).toBe(readmeSections()[name]);
  });
  it('names every reading and every fixed choice, so "every ambiguity is a reading or a stated choice" stays true', () => {
    const section = readme.split('## Readings')[1]?.split('\n## ')[0] ?? '';
    for (const id of Object.keys(readings)) expect(section).toContain(`\`${id}\``);
    for (const c of fixedChoices) expect(section).toContain(`\`${c.id}\``);
  });
  it('says it is not for decisions about real people', () => {
    expect(readme).toMatch(/must not be used\s+to\s+make or justify decisions about real people/);
  });
});
