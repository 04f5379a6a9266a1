import { join } from 'node:path';
import type { CheckResult, Exercise, ExerciseFileKind, LoadedFile } from '../../../src/exercise/Exercise.js';
import { exercisesFolder } from './support/exercisesFolder.js';
import { check as check01 } from './01-step-to-each-outcome/check.js';
import { check as check02 } from './02-name-the-clauses/check.js';
import { check as check03 } from './03-find-the-counterexample/check.js';
import { check as check04 } from './04-predict-a-reading/check.js';
import { check as check05 } from './05-a-reading-of-your-own/check.js';
import { check as check06 } from './06-the-1964-disaster-exception/check.js';
import { check as check07 } from './07-an-interval-from-monte-carlo/check.js';
import { check as check08 } from './08-write-a-record-check/check.js';

type Check = (file: LoadedFile) => Promise<CheckResult>;

// In the order of the lesson plan (docs/teaching/README.md): sessions 1, 2, 3.
const entries: readonly (readonly [name: string, title: string, session: number, starter: string, fileKind: ExerciseFileKind, check: Check])[] = [
  ['01-step-to-each-outcome', 'Step a case to each outcome', 1, 'starter.mjs', 'module', check01],
  ['02-name-the-clauses', 'Read a case and name its clauses', 1, 'starter.mjs', 'module', check02],
  ['03-find-the-counterexample', 'A property, and the counterexample it finds', 1, 'starter.mjs', 'module', check03],
  ['04-predict-a-reading', 'Apply a reading and predict what it changes', 2, 'starter.mjs', 'module', check04],
  ['05-a-reading-of-your-own', 'A reading of your own', 2, 'starter.mjs', 'module', check05],
  ['06-the-1964-disaster-exception', 'The 1964 Protocol\u2019s disaster exception, as a reading', 2, 'starter.mjs', 'module', check06],
  ['07-an-interval-from-monte-carlo', 'Answer a question with an interval', 3, 'starter.mjs', 'module', check07],
  ['08-write-a-record-check', 'Write a record check', 3, 'starter.yaml', 'text', check08],
];

const folder = exercisesFolder();

/** The teaching kit's exercises, in the lesson plan's order: `cable1957 exercise N` runs the N-th. */
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
