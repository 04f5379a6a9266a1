import { join } from 'node:path';
import type { Exercise, ExerciseFileKind, LoadedFile, CheckResult } from '../../../src/exercise/Exercise.js';
import { exercisesFolder } from './support/exercisesFolder.js';
import { check as check01 } from './01-step-to-each-outcome/check.js';

type Check = (file: LoadedFile) => Promise<CheckResult>;
const entries: readonly [name: string, title: string, session: number, starter: string, fileKind: ExerciseFileKind, check: Check][] = [
  ['01-step-to-each-outcome', 'Step a case to each outcome', 1, 'starter.mjs', 'module', check01],
];

const folder = exercisesFolder();

/** The teaching kit's exercises, in order: `cable1957 exercise N` runs the N-th. */
export const exercises: readonly Exercise[] = entries.map(([name, title, session, starter, fileKind, check], i) => ({
  number: i + 1,
  name,
  title,
  session,
  folder: join(folder, name),
  starter,
  fileKind,
  check,
}));
