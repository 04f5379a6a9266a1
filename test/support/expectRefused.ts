import { readdirSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Runs a CLI call that must be refused and checks the project's rule for bad input: exit 2,
 * nothing on stdout, exactly one line on stderr (the `message`, whole or matched), and the
 * directory's files the same before and after.
 */
export function expectRefused(dir: string, run: () => { code: number | null; out: string; err: string }, message: string | RegExp): void {
  const before = readdirSync(dir).sort();
  const r = run();
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.split('\n')).toHaveLength(2);
  if (typeof message === 'string') expect(r.err).toBe(`${message}\n`);
  else expect(r.err).toMatch(message);
  expect(readdirSync(dir).sort()).toEqual(before);
}
