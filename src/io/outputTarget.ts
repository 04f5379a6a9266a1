import { lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { InputError } from '../InputError.js';

/**
 * Where a write to a path really goes. `file`: an existing regular file (at its real path, links
 * followed), replaced atomically with its mode kept. `new`: no file yet (at the end of any
 * dangling link), created atomically. `stream`: a character device or FIFO (`/dev/null`, a named
 * pipe) or an open descriptor (`/dev/stdout`), written straight through — never renamed over.
 */
export type OutputTarget =
  | { readonly kind: 'file'; readonly path: string; readonly stats: Stats }
  | { readonly kind: 'new'; readonly path: string }
  | { readonly kind: 'stream'; readonly path: string };

const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

// The paths a chain of symlinks passes through, from `path` to its end (which may not exist).
// Followed by hand, not with realpath, because a dangling link's end is where a file is created;
// 40 is Linux's own limit before ELOOP.
function linkChain(path: string): string[] {
  const chain = [path];
  for (let hops = 0; hops < 40; hops++) {
    const p = chain.at(-1)!;
    let isLink: boolean;
    try {
      isLink = lstatSync(p).isSymbolicLink();
    } catch {
      return chain;
    }
    if (!isLink) return chain;
    const link = readlinkSync(p);
    chain.push(isAbsolute(link) ? link : join(dirname(p), link));
  }
  throw new InputError(`${path}: too many levels of symbolic links`);
}

// `/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`: an open descriptor of this process, perhaps on a
// file a shell opened for us (`> log`); renaming a new file over that file would cut the shell's
// descriptor off from it, so it is written through, as `>` to /dev/stdout writes.
const descriptor = /^\/(proc\/[^/]+|dev)\/fd\/\d+$/;

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
  const chain = linkChain(path);
  if (stats?.isFile() && chain.some((p) => descriptor.test(p))) return { kind: 'stream', path };
  if (stats?.isFile()) return { kind: 'file', path: realpathSync(path), stats };
  if (stats?.isCharacterDevice() || stats?.isFIFO()) return { kind: 'stream', path };
  if (stats) throw new InputError(`${path}: not a regular file, character device or FIFO (a ${stats.isSocket() ? 'socket' : 'block device'})`);
  const end = chain.at(-1)!;
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
