import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../InputError.js';

/** The most an input read whole (a scenario, a saved case) may hold: far above any real one. */
export const inputSizeLimit = 16 * 1024 * 1024;

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * Reads a whole file as UTF-8, refusing one larger than `limit` bytes before holding more than
 * that: a regular file by its size, anything else (`/dev/zero`, a FIFO) by stopping at the limit.
 * Every failure is an InputError naming the path.
 */
export function readInputFile(path: string, limit: number = inputSizeLimit): string {
  const tooBig = () => new InputError(`${path}: larger than ${mb(limit)}, the most an input file may hold`);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new InputError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new InputError(`${path}: cannot read the file (EISDIR)`);
    if (stats.isFile() && stats.size > limit) throw tooBig();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) throw tooBig();
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    closeSync(fd);
  }
}
