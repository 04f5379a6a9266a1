/** Where a command writes: injectable so tests can capture output without spawning a process. */
export interface CliIO {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** The stream behind `out`, when there is one: long outputs are piped into it with backpressure. */
  readonly outStream?: NodeJS.WritableStream;
}

/** The process's own standard output and error. */
export const processIO: CliIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  outStream: process.stdout,
};
