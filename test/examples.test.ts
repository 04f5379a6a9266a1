import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const examples = readdirSync(new URL('../examples', import.meta.url)).filter((f) => /^\d\d-.*\.ts$/.test(f));

/** What each example must print: one line that shows it did its job. */
const expected: Record<string, RegExp> = {
  '01-one-case.ts': /outcome: passportIssued; basis: 1a, 1b[\s\S]*outcome: repatriated; basis: 2a, 2b, 3; punishment: severe/,
};

describe('examples (each runs as a class would run it)', () => {
  it('has an expectation for every example', () => {
    expect(examples.sort()).toEqual(Object.keys(expected).sort());
  });
  it.each(examples)('%s runs and prints its result', (file) => {
    const out = execFileSync(tsx, [`examples/${file}`], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(expected[file]!);
  });
});
