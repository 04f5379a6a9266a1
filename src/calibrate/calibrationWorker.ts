import { workerData } from 'node:worker_threads';
import { serveTasks } from '../experiment/serveTasks.js';
import { calibrationRanges } from '../scenario/calibrationRanges.js';
import type { Scenario } from '../scenario/Scenario.js';
import type { CalibrationNote, PointTask } from './CalibrationNote.js';
import { runPoint } from './runPoint.js';

// A worker thread of `calibrate`: runs the design points the pool hands it, one at a time, noting
// progress every few thousand cases and each point as it finishes (see CalibrationNote). The
// ranges hold functions, which cannot cross threads, so they are rebuilt here from the same mapping.
const { scenario } = workerData as { scenario: Scenario };
const ranges = calibrationRanges(scenario.calibrate, scenario, 'calibrate');
serveTasks<PointTask, null>(async ({ index, values }, note) => {
  const result = await runPoint(scenario, ranges, index, values, { onCases: (n) => note({ type: 'cases', n } satisfies CalibrationNote) });
  note({ type: 'point', result } satisfies CalibrationNote);
  return null;
});
