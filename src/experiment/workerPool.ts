import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** A pool of worker threads that run tasks from a shared queue (see `serveTasks` for the worker side). */
export interface WorkerPool<Task, Result> {
  /** Runs the tasks, each on whichever thread is free next; resolves to their results in the tasks' order. */
  readonly run: (tasks: readonly Task[]) => Promise<Result[]>;
  /** Ends every thread. */
  readonly close: () => Promise<void>;
}

/** Options of a worker pool. */
export interface WorkerPoolOptions {
  /** Data every thread starts with (`workerData`): what all tasks share, sent once. */
  readonly workerData?: unknown;
  /** Hears the notes (e.g. progress) the threads post while they work. */
  readonly onNote?: (note: unknown) => void;
  /** Stops the pool: threads are terminated and a running `run` rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** What a thread posts: a note, or a finished task (see serveTasks). */
export type PoolMessage = { readonly type: 'note'; readonly note: unknown } | { readonly type: 'done'; readonly id: number; readonly result: unknown };

// As simulate's workers: results are small, and a capped heap keeps each thread's memory flat.
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

/**
 * Starts `threads` worker threads from `file` and returns a pool that hands them tasks one at a
 * time from a queue, so a slow task never leaves the other threads idle. Results are returned in
 * the tasks' order whatever thread ran them and when, so a caller that only reads results (never
 * timing) is deterministic for any number of threads. A thread's error or unexpected exit fails the
 * running and every later `run`.
 */
export function startWorkerPool<Task, Result>(file: string, threads: number, options: WorkerPoolOptions = {}): WorkerPool<Task, Result> {
  if (!existsSync(file)) throw new Error(`--workers needs the built worker (${file}); run "npm run build"`);
  let failure: unknown;
  let closing = false;
  let batch: { tasks: readonly Task[]; results: Result[]; next: number; pending: number; resolve: (r: Result[]) => void; reject: (e: unknown) => void } | undefined;
  const pool = Array.from({ length: threads }, () => new Worker(file, { workerData: options.workerData, resourceLimits: WORKER_LIMITS }));
  const fail = (error: unknown) => {
    if (failure !== undefined) return;
    failure = error;
    closing = true;
    for (const t of pool) void t.terminate();
    batch?.reject(error);
    batch = undefined;
  };
  const feed = (thread: Worker) => {
    if (!batch || batch.next >= batch.tasks.length) return;
    const id = batch.next++;
    thread.postMessage({ id, task: batch.tasks[id] });
  };
  for (const thread of pool) {
    thread.on('message', (m: PoolMessage) => {
      if (m.type === 'note') return options.onNote?.(m.note);
      if (!batch) return;
      batch.results[m.id] = m.result as Result;
      if (--batch.pending === 0) {
        const done = batch;
        batch = undefined;
        return done.resolve(done.results);
      }
      feed(thread);
    });
    thread.on('error', fail);
    thread.on('exit', (code) => {
      if (!closing) fail(new Error(`a worker thread exited with code ${code}`));
    });
  }
  options.signal?.addEventListener('abort', () => fail(options.signal!.reason), { once: true });
  return {
    run(tasks) {
      if (failure !== undefined) return Promise.reject(failure);
      if (batch) return Promise.reject(new Error('a worker pool runs one batch of tasks at a time'));
      if (tasks.length === 0) return Promise.resolve([]);
      return new Promise<Result[]>((resolve, reject) => {
        batch = { tasks, results: new Array<Result>(tasks.length), next: 0, pending: tasks.length, resolve, reject };
        for (const thread of pool) feed(thread);
      });
    },
    async close() {
      closing = true;
      await Promise.all(pool.map((t) => t.terminate()));
    },
  };
}
