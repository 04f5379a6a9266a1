import { constants } from 'node:buffer';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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

/** The flags `checkpointOptions` reads, for a command's `parseCommandArgs` table. */
export const checkpointFlags = {
  checkpoint: { type: 'string' },
  resume: { type: 'string' },
  'checkpoint-every': { type: 'string' },
} as const;

/** The default seconds between two checkpoints. */
export const defaultCheckpointSeconds = 5;

/**
 * Checks a command's checkpoint flags before any work: `--resume FILE` reads FILE (and, without
 * `--checkpoint`, goes on writing to it); `--checkpoint FILE` refuses an existing FILE without
 * `--resume` (a restart that forgot --resume must not overwrite hours of work) and the `--out`
 * path; removes what a killed run's writes left beside the checkpoint. Undefined when neither flag is given. Errors are one InputError naming the flag.
 */
export function checkpointOptions(
  command: string,
  values: { readonly checkpoint?: string | undefined; readonly resume?: string | undefined; readonly 'checkpoint-every'?: string | undefined; readonly out?: string | undefined },
  inputs: readonly string[] = [],
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
  checkOutPath(command, values.checkpoint !== undefined ? 'checkpoint' : 'resume', path, inputs);
  if (values.out !== undefined && resolve(values.out) === resolve(path)) {
    throw new InputError(`${command}: --out and the checkpoint are the same file (${path}); name two`);
  }
  // `--resume OLD --checkpoint NEW` continues OLD into NEW: NEW must not hold anything yet either.
  if (values.resume === undefined || resolve(values.resume) !== resolve(path)) {
    if (existsSync(path)) throw new InputError(`${command}: --checkpoint ${path}: the file exists; continue that run with --resume ${path}, or remove it`);
    if (values.resume === undefined) {
      removeStaleTemporaries(path); // a run killed while writing its first checkpoint
      return { path, everyMs: seconds * 1000 };
    }
  }
  const data = readJsonFile(values.resume, constants.MAX_STRING_LENGTH, '--resume');
  removeStaleTemporaries(path);
  return { path, everyMs: seconds * 1000, resume: { data, where: values.resume } };
}

/** A live process other than this one (kill 0 only asks; EPERM: alive, but another user's). */
function alive(pid: number): boolean {
  if (pid === process.pid) return false; // this process has written nothing yet
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files a killed run left beside the checkpoint (`.NAME.PID.TIME.tmp`, see
 * writeAtomically): SIGKILL gives no process a chance to clean up. A file of a live process is
 * left alone. In a restarted container this process may have the dead one's pid: its own are stale too.
 */
function removeStaleTemporaries(path: string): void {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^(\d+)\.\d+\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '');
    if (m && !alive(Number(m[1]))) rmSync(join(dir, name), { force: true });
  }
}
