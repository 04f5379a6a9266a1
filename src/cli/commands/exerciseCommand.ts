import { relative, join, isAbsolute } from 'node:path';
import { readFileSync } from 'node:fs';
import { InputError } from '../../InputError.js';
import type { Exercise } from '../../exercise/Exercise.js';
import { checkExercise } from '../../exercise/checkExercise.js';
import type { CliIO } from '../io.js';
import { parseCommandArgs } from '../parseCommandArgs.js';

const help = `Usage: cable1957 exercise              list the exercises of the teaching kit
       cable1957 exercise N            print exercise N's task and where its starter file is
       cable1957 exercise N FILE       check your FILE: PASS, or FAIL with a hint (never the answer)

The teaching kit (docs/teaching/README.md: a lesson plan for three sessions) has self-checking
exercises. Each has a task, a starter file to copy and edit, and a check. Copy the starter next
to it or anywhere inside a project that has cable1957 installed (it imports 'cable1957'), edit
the copy, and check it as often as you like.

Exit codes: 0 PASS (or a list or task printed), 1 FAIL, 2 bad input (an unknown exercise, a file
that is missing, unreadable, or throws when it is imported).

A descriptive model of a historical, coercive policy: for study, not for decisions about people.
`;

// The exercises are about the cable, not the engine: they live in the teaching kit and are
// loaded only when this command runs (their checks bring fast-check and the simulator along).
const loadExercises = async (): Promise<readonly Exercise[]> => (await import('../../../docs/teaching/exercises/index.js')).exercises;

/** A path as a student would type it: relative to the working folder when it lies inside. */
const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
};

function find(exercises: readonly Exercise[], text: string): Exercise {
  const numbers = exercises.map((e) => e.number);
  const range = `${Math.min(...numbers)}\u2013${Math.max(...numbers)}`;
  const n = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  const exercise = exercises.find((e) => e.number === n);
  if (!exercise) throw new InputError(`exercise: no exercise "${text}"; the exercises are ${range} (see "cable1957 exercise")`);
  return exercise;
}

/** `cable1957 exercise [N] [FILE]`: list the exercises, print one's task, or check a student's file. */
export async function exerciseCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('exercise', args, { help: { type: 'boolean', short: 'h' } }, true);
  if (values.help) {
    io.out(help);
    return 0;
  }
  if (positionals.length > 2) throw new InputError(`exercise: expected at most N and FILE; got ${positionals.length} arguments (see "cable1957 exercise --help")`);
  const exercises = await loadExercises();
  const [number, file] = positionals;
  if (number === undefined) {
    const lines = ['The exercises of the teaching kit (docs/teaching/README.md has the lesson plan):', ''];
    let session = 0;
    for (const e of exercises) {
      if (e.session !== session) lines.push(`session ${(session = e.session)}`);
      lines.push(`  ${String(e.number).padStart(2)}  ${e.title}`);
    }
    lines.push('', 'Run "npx cable1957 exercise N" for a task, "npx cable1957 exercise N FILE" to check your file.', '');
    io.out(lines.join('\n'));
    return 0;
  }
  const exercise = find(exercises, number);
  if (file === undefined) {
    const starter = join(exercise.folder, exercise.starter);
    const task = readFileSync(join(exercise.folder, 'README.md'), 'utf8').trimEnd();
    const copy = `my-${exercise.name.slice(0, 2)}${exercise.starter.slice(exercise.starter.indexOf('.'))}`;
    io.out(
      `${task}\n\n---\nStarter: ${shown(starter)}\nCopy it, edit the copy, check it:\n  cp ${shown(starter)} ${copy}\n  npx cable1957 exercise ${exercise.number} ${copy}\n`,
    );
    return 0;
  }
  const result = await checkExercise(exercise, file);
  const head = `exercise ${exercise.number} (${exercise.title})`;
  if (result.pass) {
    io.out(`PASS ${head}: ${result.summary}\n`);
    return 0;
  }
  io.out(`FAIL ${head}\n  hint: ${result.hint}\n`);
  return 1;
}
