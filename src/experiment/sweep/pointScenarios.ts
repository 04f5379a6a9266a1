import { calibrationRanges } from '../../scenario/calibrationRanges.js';
import type { Scenario } from '../../scenario/Scenario.js';
import type { SweepDesign } from './SweepDesign.js';

/**
 * A function giving the scenario of each point: the base scenario with the point's values set
 * (calibrate's setters, rebuilt from the keys and ranges so a worker thread can make them too).
 * The seed is the base's at every point: common random numbers.
 */
export function pointScenarios(design: Pick<SweepDesign, 'scenario' | 'ranges' | 'where'>): (values: readonly number[]) => Scenario {
  const setters = calibrationRanges(design.ranges, design.scenario, design.where);
  return (values) => setters.reduce((s, r, d) => r.apply(s, values[d]!), design.scenario);
}
