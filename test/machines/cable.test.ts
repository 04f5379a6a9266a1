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
    // 4a and 4b share the first sentence of point 4 (4b's "prevent and stop" follows a semicolon).
    const starts = cable.clauses.map((c) => c.source.paragraph * 100 + c.source.sentence);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    const spans = cable.clauses.map((c) => `${c.source.paragraph}.${c.source.sentence}-${c.source.toSentence ?? c.source.sentence}`);
    expect(new Set(spans).size).toBe(spans.length);
    for (const c of cable.clauses) expect(c.source.toSentence ?? c.source.sentence).toBeGreaterThanOrEqual(c.source.sentence);
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

  it('places point 4 by the sentences of the translation: 4b spans 1–2, 4c 3–4, 4d is sentence 5', () => {
    expect(['4a', '4b', '4c', '4d'].map((id) => getClause(id as never).source)).toEqual([
      { paragraph: 4, sentence: 1 },
      { paragraph: 4, sentence: 1, toSentence: 2 },
      { paragraph: 4, sentence: 3, toSentence: 4 },
      { paragraph: 4, sentence: 5 },
    ]);
  });

  // The companion of the six-word test: a paraphrase must not drift to synonyms ("persuade" for
  // "mobilize", "court case" for "pending civil or criminal case", "move to" for "go to").
  it.each([
    ['1a', ['already', 'in principle', 'mobilize', 'ethnic korean']],
    ['1b', ['mobilization', 'still unwilling', 'consents', 'need not be repatriated', 'investigated and educated', 'can be issued']],
    ['1c', ['renounce', 'principles']],
    ['2a', ['in principle', 'repatriated']],
    ['2b', ['indeed inconvenient', 'korean side has approved']],
    ['2c', ['necessity', 'mobilized']],
    ['3', ['pending civil or criminal', 'in their home country', 'both sides']],
    ['4a', ['strictly', 'relevant provisions', '1955']],
    ['4b', ['prevent and stop', 'punished severely']],
    ['4c', ['in the future', 'in principle', 'go to', 'pending civil or criminal', 'ethnic koreans in china', 'justified', 'leniently']],
    ['4d', ['close coordination']],
  ])('keeps the key terms of %s: %j', (id, terms) => {
    const paraphrase = getClause(id as never).paraphrase.toLowerCase().replace(/\u2019/g, "'");
    for (const term of terms) expect(paraphrase, `clause ${id}`).toContain(term);
  });
  it('uses none of the synonyms the review found drifting', () => {
    for (const c of cable.clauses) expect(c.paraphrase, `clause ${c.id}`).not.toMatch(/persuad|court case|move to|such a person/i);
  });

  it('looks clauses up by id and rejects unknown ids', () => {
    expect(getClause('3').title).toMatch(/repatriation/i);
    expect(() => getClause('9' as never)).toThrow(/unknown clause id "9"/);
    expect(isClauseId('4c')).toBe(true);
    expect(isClauseId('4e')).toBe(false);
  });
});
