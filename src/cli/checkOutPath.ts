import { accessSync, closeSync, constants, existsSync, openSync, realpathSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../InputError.js';
import { outputTarget } from '../io/outputTarget.js';

const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** The file a path names once links are followed (as given, resolved, when it does not exist yet). */
const fileOf = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/**
 * Checks an output flag's path (`--out`, `--save`) before any work is done, so a long run never
 * ends in an unwritable place, nor writes over one of its own `inputs` (files it reads; names
 * that are no file, such as an embedded scenario's, are skipped): one
 * InputError naming the flag and the path as given.
 */
export function checkOutPath(command: string, flag: string, path: string | undefined, inputs: readonly string[] = []): void {
  if (path === undefined) return;
  const where = `${command}: --${flag} ${path}`;
  const input = inputs.find((file) => existsSync(file) && fileOf(file) === fileOf(path));
  if (input !== undefined) throw new InputError(`${where}: that is an input of this run (${input}); name another file`);
  let target;
  try {
    target = outputTarget(path);
  } catch (error) {
    throw new InputError(`${command}: --${flag} ${(error as Error).message}`);
  }
  if (target.kind !== 'new') {
    // A shell's `>` refuses a file or device it may not write; so do we, though a rename could.
    try {
      accessSync(target.path, constants.W_OK);
    } catch (error) {
      throw new InputError(`${where}: not writable (${code(error)})`);
    }
  }
  if (target.kind === 'stream') return; // opening a FIFO now would block or take a reader's data
  // Only creating a file proves it can be created (permissions, read-only mounts, /proc…): the
  // same kind of file the run will make beside the target, removed at once.
  const dir = dirname(target.path);
  const probe = join(dir, `.${basename(target.path)}.${process.pid}.${Date.now()}.probe`);
  try {
    closeSync(openSync(probe, 'wx', 0o600));
  } catch (error) {
    throw new InputError(`${where}: cannot create a file in "${dir}" (${code(error)})`);
  }
  rmSync(probe, { force: true });
}
