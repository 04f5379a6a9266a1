import type { CheckResult, Exercise } from './Exercise.js';
import { loadExerciseFile } from './loadExerciseFile.js';

/**
 * Runs an exercise's check on a student's file. Bad input (the file cannot be read or imported)
 * throws an InputError; anything the student's code does wrong is a failed check with a hint.
 */
export async function checkExercise(exercise: Exercise, path: string): Promise<CheckResult> {
  const file = await loadExerciseFile(path, exercise.fileKind);
  return exercise.check(file);
}
