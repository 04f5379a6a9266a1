import { workerData } from 'node:worker_threads';
import { serveTasks } from '../serveTasks.js';
import { replicationRunner, type SweepTask } from './replicationRunner.js';
import type { SweepDesign } from './SweepDesign.js';

// A worker thread of `sweep`: runs the replications the pool hands it, one at a time, and posts
// each one's tallies back, with the cases done as notes (progress).
const runner = replicationRunner(workerData as Pick<SweepDesign, 'scenario' | 'ranges' | 'where'>);
serveTasks<SweepTask, unknown>((task, note) => runner(task, (n) => note(n)));
