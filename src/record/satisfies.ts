import { expectedRange } from './expectedRange.js';
import type { Expectation } from './RecordCheck.js';

/** Whether a point estimate lies where the record expects it (calibrate's acceptance test). */
export function satisfies(expect: Expectation, x: number | null): boolean {
  if (x === null || Number.isNaN(x)) return false;
  const [lo, hi] = expectedRange(expect);
  return x >= lo && x <= hi;
}
