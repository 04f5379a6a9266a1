import { createWriteStream, fchmodSync, fchownSync, openSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { outputTarget } from './outputTarget.js';

/** An I/O failure naming the path the caller gave (never a hidden temporary file), with the system's code. */
const failure = (path: string, error: unknown): Error =>
  Object.assign(new Error(`${path}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`), {
    code: (error as NodeJS.ErrnoException).code,
  });

/** Writes the chunks with backpressure; the stream's own errors come out as `failure`s, the source's as they are. */
async function pour(path: string, out: WriteStream, chunks: AsyncIterable<string> | Iterable<string>): Promise<void> {
  const failed = new Promise<never>((_, reject) => out.once('error', (error) => reject(failure(path, error))));
  failed.catch(() => undefined);
  for await (const chunk of chunks) {
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
  }
  out.end();
  await Promise.race([once(out, 'close'), failed]);
}

/**
 * Writes `chunks` to `path`. A regular file (new, or at the end of a symlink, which stays a link)
 * is written atomically: into a temporary file beside it, renamed over it only when everything is
 * written, keeping an existing file's mode (and owner, when run as root); on any error or an
 * interrupted run the temporary file is removed and the file is left as it was. A character
 * device or FIFO (`/dev/null`, `/dev/stdout`, a named pipe) is written straight through, as a
 * shell's `>` would: renaming over it would replace the device with a file.
 */
export async function writeAtomically(path: string, chunks: AsyncIterable<string> | Iterable<string>): Promise<void> {
  const target = outputTarget(path);
  if (target.kind === 'stream') {
    const out = createWriteStream(path, { encoding: 'utf8' });
    try {
      await pour(path, out, chunks);
    } finally {
      out.destroy();
    }
    return;
  }
  const temp = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.${Date.now()}.tmp`);
  // If the process exits mid-write (the CLI turns SIGINT, SIGTERM and SIGHUP into process.exit),
  // the temporary file goes with it.
  const cleanUp = () => rmSync(temp, { force: true });
  process.once('exit', cleanUp);
  let fd: number;
  try {
    // 'wx': never follow or reuse something already at the temporary name. An existing file's
    // contents are never readable with looser permissions than its own, not even for a moment.
    fd = openSync(temp, 'wx', target.kind === 'file' ? 0o600 : 0o666);
    if (target.kind === 'file') {
      // chown before chmod: changing the owner clears set-id bits.
      if (process.getuid?.() === 0) fchownSync(fd, target.stats.uid, target.stats.gid);
      fchmodSync(fd, target.stats.mode & 0o7777);
    }
  } catch (error) {
    cleanUp();
    process.removeListener('exit', cleanUp);
    throw failure(path, error);
  }
  const out = createWriteStream('', { fd, encoding: 'utf8' });
  try {
    await pour(path, out, chunks);
    try {
      renameSync(temp, target.path);
    } catch (error) {
      throw failure(path, error);
    }
  } catch (error) {
    out.destroy();
    cleanUp();
    throw error;
  } finally {
    process.removeListener('exit', cleanUp);
  }
}
