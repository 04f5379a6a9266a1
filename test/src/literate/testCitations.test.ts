import { describe, expect, it } from 'vitest';
import { citedClauses, testCitations } from '../../../src/literate/testCitations.js';

const ids = ['P', '1a', '1b', '3', '4a', '4d', '5'];

describe('testCitations', () => {
  describe('citedClauses › follows the naming convention', () => {
    it.each([
      ['an id in parentheses', 'repatriates one who agrees (1a)', ['1a']],
      ['a comma-separated list', 'hands over (4a, 4d)', ['4a', '4d']],
      ['a list leading other words', 'repatriates the crosser (1a, as the table has it)', ['1a']],
      ['the word clause', 'sends a crosser back under clause 3', ['3']],
      ['several citations, in registry order', 'clause 3 first, then (1b)', ['1b', '3']],
    ])('cites %s', (_, title, expected) => expect(citedClauses(title, ids)).toEqual(expected));
    it.each([
      ['a bare id', 'places 4a by its sentences'],
      ['a number in parentheses that is no clause', 'caps at (30) entries'],
      ['an id inside a longer word in parentheses', 'reads (4ab) as nothing'],
      ['a section number', '§6.5 departed ⇒ no political issues'],
      ['a clause number followed by a point', 'see clause 3.2'],
    ])('does not cite %s', (_, title) => expect(citedClauses(title, ids)).toEqual([]));
  });

  describe('testCitations › reads test sources', () => {
    // Written so that this file's own source holds no test name citing a clause (the literate
    // model reads it too): the calls are spliced in.
    const [d, i, t, open] = ['describe', 'it', 'test', '('];
    const text = [
      `${d}('outer (P)', () => {`,
      `  ${i}('repatriates (1a)', () => {});`,
      `  ${t}("says so under clause 3", () => {});`,
      `  ${i}.each([1, 2])${open}'case %s (4d)', () => {});`,
      `  ${d}.each(kinds)${open}'$kind \\u203a (5)', () => {});`,
      `  ${i}(\`template (1b)\`, () => {});`,
      `  ${i}('names nothing', () => { expect(invariants.find((i) => i.id === 'someInvariant')).toBeDefined(); });`,
      '});',
    ].join('\n');
    const index = testCitations([{ file: 'test/a.test.ts', text }], ids, ['someInvariant', 'neverNamed']);
    it('finds every describe, it, test and .each name that cites a clause, escapes decoded', () => {
      expect(index.titles).toEqual([
        { file: 'test/a.test.ts', title: 'outer (P)', clauses: ['P'] },
        { file: 'test/a.test.ts', title: 'repatriates (1a)', clauses: ['1a'] },
        { file: 'test/a.test.ts', title: 'says so under clause 3', clauses: ['3'] },
        { file: 'test/a.test.ts', title: 'case %s (4d)', clauses: ['4d'] },
        { file: 'test/a.test.ts', title: '$kind \u203a (5)', clauses: ['5'] },
        { file: 'test/a.test.ts', title: 'template (1b)', clauses: ['1b'] },
      ]);
    });
    it('finds the files naming an invariant', () => {
      expect(index.invariantFiles).toEqual([{ file: 'test/a.test.ts', invariant: 'someInvariant' }]);
    });
  });
});
