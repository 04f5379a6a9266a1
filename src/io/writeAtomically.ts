import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `chunks` to `path` atomically: into a temporary file beside it, renamed over `path`
 * only when everything is written. On any error (or an interrupted run) the temporary file is
 * removed and `path` is left as it was — never half-written.
 */
export async function writeAtomically(path: string, chunks: AsyncIterable<string> | Iterable<string>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  // If the process exits mid-write (Ctrl-C: the CLI turns SIGINT into process.exit), the
  // temporary file goes with it.
  const cleanUp = () => rmSync(temp, { force: true });
  process.once('exit', cleanUp);
  const out = createWriteStream(temp, 'utf8');
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  try {
    for await (const chunk of chunks) {
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
    }
    out.end();
    await Promise.race([once(out, 'close'), failed]);
    renameSync(temp, path);
  } catch (error) {
    out.destroy();
    cleanUp();
    throw error;
  } finally {
    process.removeListener('exit', cleanUp);
  }
}
