import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/InputError.js';
import { checkExercise } from '../../../src/exercise/checkExercise.js';
import type { Exercise } from '../../../src/exercise/Exercise.js';

const dir = mkdtempSync(join(tmpdir(), 'cable1957-check-exercise-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

const exercise: Exercise = {
  number: 1, name: '01-x', title: 'x', session: 1, folder: dir, starter: 'starter.mjs', fileKind: 'module',
  check: async (f) => (f.kind === 'module' && f.exports['answer'] === 42 ? { pass: true, summary: 'right' } : { pass: false, hint: 'look again' }),
};

describe('checkExercise', () => {
  it('gives the loaded file to the exercise\u2019s check and returns its verdict', async () => {
    expect(await checkExercise(exercise, file('right.mjs', 'export const answer = 42;\n'))).toEqual({ pass: true, summary: 'right' });
    expect(await checkExercise(exercise, file('wrong.mjs', 'export const answer = 41;\n'))).toEqual({ pass: false, hint: 'look again' });
  });
  it('leaves bad input to the caller as an InputError, before any check runs', async () => {
    await expect(checkExercise(exercise, file('bad.mjs', 'throw new Error("no");\n'))).rejects.toBeInstanceOf(InputError);
  });
});
