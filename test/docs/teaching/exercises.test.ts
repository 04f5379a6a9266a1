import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../docs/teaching/exercises/index.js';
import { checkExercise } from '../../../src/exercise/checkExercise.js';

// What CI runs for the teaching kit: every exercise's check PASSES on its solution and FAILS on
// its untouched starter. A check that passed a starter would hand out marks for nothing; one that
// failed its solution would send students after an answer that does not exist.
const solutions = fileURLToPath(new URL('../../../docs/teaching/solutions/', import.meta.url));
const solutionOf = (name: string) => {
  const file = readdirSync(solutions).find((f) => f.startsWith(`${name}.`));
  if (!file) throw new Error(`no solution for ${name} in docs/teaching/solutions`);
  return join(solutions, file);
};

describe('the teaching kit\u2019s exercises', () => {
  it('has at least eight exercises, numbered 1…N in order, each with a task, a starter and a solution kept apart', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(8);
    expect(exercises.map((e) => e.number)).toEqual(exercises.map((_, i) => i + 1));
    for (const e of exercises) {
      expect(existsSync(join(e.folder, 'README.md')), e.name).toBe(true);
      expect(existsSync(join(e.folder, e.starter)), e.name).toBe(true);
      expect(readdirSync(e.folder).some((f) => /solution/i.test(f)), `${e.name} keeps no solution beside its starter`).toBe(false);
      expect(existsSync(solutionOf(e.name))).toBe(true);
    }
  });

  describe.each(exercises.map((e) => [`${e.number} ${e.name}`, e] as const))('exercise %s', (_, exercise) => {
    it('passes its solution', async () => {
      const result = await checkExercise(exercise, solutionOf(exercise.name));
      expect(result, JSON.stringify(result)).toMatchObject({ pass: true });
    });
    it('fails its untouched starter, with a hint', async () => {
      const result = await checkExercise(exercise, join(exercise.folder, exercise.starter));
      expect(result.pass).toBe(false);
      if (!result.pass) expect(result.hint.length).toBeGreaterThan(20);
    });
  });
});
