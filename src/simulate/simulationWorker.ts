import { parentPort, workerData } from 'node:worker_threads';
import { engineNamed } from '../engine/engines.js';
import { runReplication } from '../engine/runReplication.js';
import { planSimulation } from '../engine/SimulationPlan.js';
import type { Scenario } from '../scenario/Scenario.js';

// A worker thread: runs the replications it is given and posts each one's tallies back, with
// progress every few thousand cases. The main thread merges them in replication order.
const { scenario, engine, reps } = workerData as { scenario: Scenario; engine: string; reps: number[] };
const plan = planSimulation(scenario);
const run = engineNamed(engine).prepare(plan);
for (const rep of reps) {
  const kinds = runReplication(plan, run, rep, (n) => parentPort!.postMessage({ type: 'cases', n }));
  parentPort!.postMessage({ type: 'rep', rep, kinds });
}
