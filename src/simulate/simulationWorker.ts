import { parentPort, workerData } from 'node:worker_threads';
import { engineNamed } from '../engine/engines.js';
import { planSimulation } from '../engine/SimulationPlan.js';
import type { Scenario } from '../scenario/Scenario.js';
import type { SimulationUnit } from './SimulationUnit.js';
import { unitSlices } from './unitSlices.js';

// A worker thread: takes the next unit (a kind in a replication) from the counter it shares with
// the other workers until none is left, and posts each unit's tally back, with progress every few
// thousand cases. Taking work as it frees up, rather than a fixed share, keeps every worker busy
// to the end however fast each one starts; the main thread puts the tallies back in replication
// order, so the result does not depend on who ran what.
const { scenario, engine, units, next } = workerData as { scenario: Scenario; engine: string; units: SimulationUnit[]; next: Int32Array };
const plan = planSimulation(scenario);
const run = engineNamed(engine).prepare(plan);
const onCases = (n: number) => parentPort!.postMessage({ type: 'cases', n });
for (let i = Atomics.add(next, 0, 1); i < units.length; i = Atomics.add(next, 0, 1)) {
  const unit = units[i]!;
  const slices = unitSlices(plan, run, unit, onCases);
  let step = slices.next();
  while (!step.done) step = slices.next();
  parentPort!.postMessage({ type: 'unit', rep: unit.rep, kind: unit.kind, tally: step.value });
}
