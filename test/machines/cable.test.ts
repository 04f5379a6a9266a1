import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cable, clauseIds, getClause, isClauseId } from '../../machines/index.js';

const source = readFileSync(new URL('../fixtures/cable-1957-12-17.txt', import.meta.url), 'utf8');
const words = (text: string) => text.toLowerCase().replace(/\[[^\]]*\]/g, ' ').match(/[a-z0-9’']+/g) ?? [];

/** Every run of `n` consecutive words in `text`. */
function runs(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

describe('cable (clause registry)', () => {
  it('has the ids of design §4, unique, in source order', () => {
    expect(clauseIds).toEqual(['P', '1a', '1b', '1c', '2a', '2b', '2c', '3', '4a', '4b', '4c', '4d', '5']);
    const positions = cable.clauses.map((c) => c.source.paragraph * 100 + c.source.sentence);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(new Set(positions).size).toBe(positions.length);
  });

  it('carries the date, issuers and addressees of the cable', () => {
    expect(cable.date).toBe('1957-12-17');
    expect(source).toContain('December 17, 1957');
    for (const issuer of cable.issuers) expect(source).toContain(issuer);
    expect(cable.addressees.length).toBeGreaterThan(0);
  });

  it('paraphrases in our own words: no run of 6 words is copied from the translation', () => {
    const copied = runs(source, 6);
    for (const clause of cable.clauses) {
      const shared = [...runs(clause.paraphrase, 6)].filter((r) => copied.has(r));
      expect(shared, `clause ${clause.id}`).toEqual([]);
    }
  });

  it('looks clauses up by id and rejects unknown ids', () => {
    expect(getClause('3').title).toMatch(/repatriation/i);
    expect(() => getClause('9' as never)).toThrow(/unknown clause id "9"/);
    expect(isClauseId('4c')).toBe(true);
    expect(isClauseId('4e')).toBe(false);
  });
});
