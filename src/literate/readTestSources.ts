import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { TestSource } from './testCitations.js';

/**
 * Reads every `*.test.ts` file under `<root>/test`, sorted by path so the literate model does not
 * depend on the order the file system lists them in.
 */
export function readTestSources(root: string): TestSource[] {
  const files = (readdirSync(join(root, 'test'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => relative(root, join(root, 'test', f)).split(sep).join('/'))
    .sort();
  return files.map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
}
