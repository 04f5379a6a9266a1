import { parentPort, workerData } from 'node:worker_threads';
import { calibrationRanges } from '../scenario/calibrationRanges.js';
import type { Scenario } from '../scenario/Scenario.js';
import { runPoint } from './runPoint.js';

// A worker thread of `calibrate`: runs the design points it is given, one after another in this
// thread, and posts each one's result back (with progress every few thousand cases). The ranges
// hold functions, which cannot cross threads, so they are rebuilt here from the same mapping.
const { scenario, points } = workerData as { scenario: Scenario; points: { index: number; values: number[] }[] };
const ranges = calibrationRanges(scenario.calibrate, scenario, 'calibrate');
for (const { index, values } of points) {
  const result = await runPoint(scenario, ranges, index, values, { onCases: (n) => parentPort!.postMessage({ type: 'cases', n }) });
  parentPort!.postMessage({ type: 'point', result });
}
