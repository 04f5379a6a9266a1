import { constants } from 'node:buffer';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkOutPath } from '../cli/checkOutPath.js';
import { readJsonFile } from '../cli/readJsonFile.js';
import { InputError } from '../InputError.js';

/** What `--checkpoint`, `--resume` and `--checkpoint-every` ask for. */
export interface CheckpointOptions {
  /** Where to write checkpoints. */
  readonly path: string;
  /** The parsed checkpoint to resume from (`--resume`), unchecked; undefined for a fresh run. */
  readonly resume?: { readonly data: unknown; readonly where: string };
  /** Milliseconds between checkpoints. */
  readonly everyMs: number;
}

/** The default seconds between two checkpoints. */
export const defaultCheckpointSeconds = 5;

/**
 * Checks a command's checkpoint flags before any work: `--resume FILE` reads FILE (and, without
 * `--checkpoint`, goes on writing to it); `--checkpoint FILE` refuses an existing FILE without
 * `--resume` (a restart that forgot --resume must not overwrite hours of work) and the `--out`
 * path. Undefined when neither flag is given. Errors are one InputError naming the flag.
 */
export function checkpointOptions(
  command: string,
  values: { readonly checkpoint?: string | undefined; readonly resume?: string | undefined; readonly 'checkpoint-every'?: string | undefined; readonly out?: string | undefined },
): CheckpointOptions | undefined {
  const every = values['checkpoint-every'];
  if (values.checkpoint === undefined && values.resume === undefined) {
    if (every !== undefined) throw new InputError(`${command}: --checkpoint-every needs --checkpoint FILE`);
    return undefined;
  }
  const seconds = every === undefined ? defaultCheckpointSeconds : Number(every.trim());
  if (every !== undefined && (every.trim() === '' || !Number.isFinite(seconds) || seconds < 0 || seconds > 86400)) {
    throw new InputError(`${command}: --checkpoint-every must be seconds from 0 to 86400; got "${every}"`);
  }
  const path = values.checkpoint ?? values.resume!;
  checkOutPath(command, values.checkpoint !== undefined ? 'checkpoint' : 'resume', path);
  if (values.out !== undefined && resolve(values.out) === resolve(path)) {
    throw new InputError(`${command}: --out and the checkpoint are the same file (${path}); name two`);
  }
  if (values.resume === undefined) {
    if (existsSync(path)) throw new InputError(`${command}: --checkpoint ${path}: the file exists; continue that run with --resume ${path}, or remove it`);
    return { path, everyMs: seconds * 1000 };
  }
  const data = readJsonFile(values.resume, constants.MAX_STRING_LENGTH);
  return { path, everyMs: seconds * 1000, resume: { data, where: values.resume } };
}
