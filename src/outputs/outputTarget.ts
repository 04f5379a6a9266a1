import { lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../InputError.js';

/**
 * Where a write to a path really goes. `file`: an existing regular file (at its real path, links
 * followed), replaced atomically with its mode kept. `new`: no file yet (at the end of any
 * dangling link), created atomically. `stream`: a character device or FIFO (`/dev/null`,
 * `/dev/stdout`, a named pipe), written straight through — it cannot be renamed over.
 */
export type OutputTarget =
  | { readonly kind: 'file'; readonly path: string; readonly stats: Stats }
  | { readonly kind: 'new'; readonly path: string }
  | { readonly kind: 'stream'; readonly path: string };

const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

// Links are followed by hand only when they dangle (realpath needs an existing end); 40 is
// Linux's own limit before ELOOP.
function endOfLinks(path: string): string {
  let p = path;
  for (let hops = 0; hops < 40; hops++) {
    let isLink: boolean;
    try {
      isLink = lstatSync(p).isSymbolicLink();
    } catch {
      return p;
    }
    if (!isLink) return p;
    p = resolve(dirname(p), readlinkSync(p));
  }
  throw new InputError(`${path}: too many levels of symbolic links`);
}

/**
 * Classifies an output path without writing anything; a path that cannot be an output file (empty,
 * a directory, a socket, in a missing directory) is an InputError naming the path as given.
 */
export function outputTarget(path: string): OutputTarget {
  if (path === '') throw new InputError('"": an empty path; name a file');
  if (path.endsWith('/')) throw new InputError(`${path}: names a directory; name a file`);
  let stats: Stats | undefined;
  try {
    stats = statSync(path);
  } catch (error) {
    if (code(error) === 'ENOTDIR') throw new InputError(`${path}: a part of the path is not a directory`);
    if (code(error) !== 'ENOENT') throw new InputError(`${path}: cannot use it (${code(error)})`);
  }
  if (stats?.isDirectory()) throw new InputError(`${path}: is a directory; name a file`);
  if (stats?.isFile()) return { kind: 'file', path: realpathSync(path), stats };
  if (stats?.isCharacterDevice() || stats?.isFIFO()) return { kind: 'stream', path };
  if (stats) throw new InputError(`${path}: not a regular file, character device or FIFO (a ${stats.isSocket() ? 'socket' : 'block device'})`);
  const end = endOfLinks(path);
  const dir = dirname(end);
  let dirStats: Stats;
  try {
    dirStats = statSync(dir);
  } catch (error) {
    throw new InputError(code(error) === 'ENOENT' ? `${path}: no directory "${dir}"` : `${path}: cannot use the directory "${dir}" (${code(error)})`);
  }
  if (!dirStats.isDirectory()) throw new InputError(`${path}: "${dir}" is not a directory`);
  return { kind: 'new', path: end };
}
