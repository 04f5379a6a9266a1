import { parentPort } from 'node:worker_threads';
import type { PoolMessage } from './workerPool.js';

/**
 * The worker side of `startWorkerPool`: runs each task the pool sends with `handle` and posts its
 * result back; `note` posts anything else (progress) to the pool's `onNote`. The pool sends a
 * thread one task at a time, so tasks never overlap in a thread. An error ends the thread, and the
 * pool fails with it.
 */
export function serveTasks<Task, Result>(handle: (task: Task, note: (note: unknown) => void) => Promise<Result> | Result): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  const note = (value: unknown) => port.postMessage({ type: 'note', note: value } satisfies PoolMessage);
  port.on('message', async ({ id, task }: { id: number; task: Task }) => {
    const result = await handle(task, note);
    port.postMessage({ type: 'done', id, result } satisfies PoolMessage);
  });
}
