import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { writeAtomically } from '../io/writeAtomically.js';
import type { CliIO } from './io.js';

/**
 * Writes a command's result: to `--out` atomically (temp file, then rename) when given, else to
 * standard output — streamed with backpressure when there is a stream behind it.
 */
export async function emit(io: CliIO, out: string | undefined, chunks: string | AsyncIterable<string>): Promise<void> {
  const source = typeof chunks === 'string' ? [chunks] : chunks;
  if (out !== undefined) await writeAtomically(out, source);
  else if (io.outStream && typeof chunks !== 'string') await pipeline(Readable.from(source), io.outStream, { end: false });
  else for await (const chunk of source) io.out(chunk);
}
