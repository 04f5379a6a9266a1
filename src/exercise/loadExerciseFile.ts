import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../InputError.js';
import { readInputFile } from '../cli/readInputFile.js';
import type { ExerciseFileKind, LoadedFile } from './Exercise.js';

/** The first line of an error's message: a file that throws on import is named in one line. */
const firstLine = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0]!.trim();

/**
 * Loads a student's file for a check: imports a module (its top level runs) or reads a text.
 * A missing or unreadable file, or a module that throws while it loads (a syntax error, a failed
 * import), is an InputError naming the file and the problem in one line.
 */
export async function loadExerciseFile(path: string, kind: ExerciseFileKind): Promise<LoadedFile> {
  if (kind === 'text') return { kind, path, text: readInputFile(path) };
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch (error) {
    throw new InputError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? firstLine(error)})`);
  }
  if (!isFile) throw new InputError(`${path}: not a file`);
  try {
    const exports = (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>;
    return { kind, path, exports };
  } catch (error) {
    throw new InputError(`${path}: the file throws when it is imported: ${firstLine(error)}`);
  }
}
