import packageJson from '../../package.json' with { type: 'json' };
import { contentDigest } from './contentDigest.js';
import { writeAtomically } from './writeAtomically.js';

/** The format tag of checkpoint files; `readCheckpoint` refuses anything else. */
export const checkpointFormat = 'cable1957.checkpoint/1';

/** Writes a run's checkpoint as work finishes; see `checkpointWriter`. */
export interface CheckpointWriter<T> {
  /** Records one finished unit (a replication, a design point); writes the file when `everyMs` has passed since the last write began. */
  add(item: T): void;
  /** Waits for a write under way, then writes everything done (the final checkpoint). */
  finish(): Promise<void>;
}

/**
 * A checkpoint of a run in `path`: `{ format, version, ...header, done: [...], digest }`, where `header`
 * names the run (command, version, scenario, options) and `done` holds its finished units, in
 * the order of `order`. Each write is atomic (writeAtomically): an interrupted write leaves the
 * last good checkpoint, and on SIGINT/SIGTERM/SIGHUP no temporary file. Writes never overlap: a
 * unit finished during a write goes into the next one. `initial` are units from a resumed checkpoint.
 */
export function checkpointWriter<T>(
  path: string,
  header: Readonly<Record<string, unknown>>,
  order: (item: T) => number,
  everyMs: number,
  initial: readonly T[] = [],
): CheckpointWriter<T> {
  const done: T[] = [...initial];
  let writing: Promise<void> | undefined;
  let failed: unknown;
  let lastStart = performance.now();
  const write = (): Promise<void> => {
    lastStart = performance.now();
    const sorted = [...done].sort((a, b) => order(a) - order(b));
    const document = { format: checkpointFormat, version: packageJson.version, ...header, done: sorted };
    const text = `${JSON.stringify({ ...document, digest: contentDigest(document) })}\n`;
    return writeAtomically(path, [text]);
  };
  return {
    add(item) {
      done.push(item);
      if (writing || failed !== undefined || performance.now() - lastStart < everyMs) return;
      // A failed background write is reported by finish(): the run itself goes on.
      writing = write()
        .catch((error: unknown) => void (failed = error))
        .finally(() => (writing = undefined));
    },
    async finish() {
      await writing;
      if (failed !== undefined) throw failed;
      await write();
    },
  };
}
