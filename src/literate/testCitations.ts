/** A test source file: its path from the repository root and its text. */
export interface TestSource {
  /** The path, `/`-separated, from the repository root. */
  readonly file: string;
  /** The file's text. */
  readonly text: string;
}

/** A test whose name cites clauses. */
export interface TitleCitation {
  /** The test file. */
  readonly file: string;
  /** The name given to `describe`, `it` or `test` (template placeholders left as written). */
  readonly title: string;
  /** The clause ids it cites, in the order of the registry. */
  readonly clauses: readonly string[];
}

/** Which tests prove what, as found in the test sources. */
export interface TestIndex {
  /** Every test name that cites a clause. */
  readonly titles: readonly TitleCitation[];
  /** Every test file whose source names an invariant, by invariant id. */
  readonly invariantFiles: readonly { readonly file: string; readonly invariant: string }[];
}

// The first argument of describe/it/test (also .each(…)(…), .skip, .only): a quoted or template string.
const TITLE = /(?:\b(?:describe|it|test)(?:\.(?:skip|only|concurrent|todo))?|\))\(\s*(['"`])((?:\\[\s\S]|(?!\1)[^\\])*?)\1/g;

/** A string literal's text as written in the source, its JS escapes decoded. */
const unescape = (literal: string) => literal.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\([\s\S])/g, '$1');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The clauses a test name cites, by the project's convention for test names: clause ids in
 * parentheses, alone or as a comma-separated list at its start — "(4c)", "(4a, 4d)", "(2a, as …)"
 * — or after the word "clause": "under clause 3". A bare id elsewhere in a name ("4b spans 1–2")
 * is not a citation. Pure.
 */
export function citedClauses(title: string, clauseIds: readonly string[]): string[] {
  const id = clauseIds.map(escapeRegExp).join('|');
  const found = new Set<string>();
  for (const m of title.matchAll(new RegExp(`\\(((?:${id})(?:, (?:${id}))*)(?=[,)])`, 'g'))) for (const c of m[1]!.split(', ')) found.add(c);
  for (const m of title.matchAll(new RegExp(`\\bclause (${id})(?![\\w.])`, 'g'))) found.add(m[1]!);
  return clauseIds.filter((c) => found.has(c));
}

/**
 * Indexes the test sources: every test name citing a clause ({@link citedClauses}), and every file
 * naming an invariant id in its source. Files are read in the order given. Pure.
 */
export function testCitations(sources: readonly TestSource[], clauseIds: readonly string[], invariantIds: readonly string[]): TestIndex {
  const titles: TitleCitation[] = [];
  const invariantFiles: { file: string; invariant: string }[] = [];
  for (const { file, text } of sources) {
    for (const m of text.matchAll(TITLE)) {
      const title = unescape(m[2]!);
      const clauses = citedClauses(title, clauseIds);
      if (clauses.length > 0) titles.push({ file, title, clauses });
    }
    for (const invariant of invariantIds) if (new RegExp(`\\b${escapeRegExp(invariant)}\\b`).test(text)) invariantFiles.push({ file, invariant });
  }
  return { titles, invariantFiles };
}
