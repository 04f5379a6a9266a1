import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/InputError.js';
import { loadExerciseFile } from '../../../src/exercise/loadExerciseFile.js';

const dir = mkdtempSync(join(tmpdir(), 'cable1957-load-exercise-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('loadExerciseFile', () => {
  it('imports a module and hands over its exports', async () => {
    const loaded = await loadExerciseFile(file('ok.mjs', 'export const answer = 42;\n'), 'module');
    expect(loaded).toMatchObject({ kind: 'module', exports: { answer: 42 } });
  });
  it('reads a text without running it', async () => {
    expect(await loadExerciseFile(file('s.yaml', 'name: x\n'), 'text')).toMatchObject({ kind: 'text', text: 'name: x\n' });
  });
  it.each([
    ['a missing module', join(dir, 'none.mjs'), 'module', /none\.mjs: cannot read the file \(ENOENT\)$/],
    ['a missing text', join(dir, 'none.yaml'), 'text', /none\.yaml: cannot read the file \(ENOENT\)$/],
    ['a folder', dir, 'module', /: not a file$/],
    ['a module that throws', file('throws.mjs', "throw new Error('first line\\nsecond line');\n"), 'module', /throws\.mjs: the file throws when it is imported: first line$/],
    ['a syntax error', file('syntax.mjs', 'export const = ;\n'), 'module', /syntax\.mjs: the file throws when it is imported: /],
  ] as const)('refuses %s with a one-line InputError naming the file', async (_, path, kind, message) => {
    const error = await loadExerciseFile(path, kind).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
