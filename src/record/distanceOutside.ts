import { expectedRange } from './expectedRange.js';
import type { Expectation } from './RecordCheck.js';

/**
 * How far a point estimate lies outside the expected region, in units of the expectation's own
 * scale (its tolerance, its width, or the size of its bound; 1 when that is 0), so that checks on
 * shares, counts and days can be added: 0 inside, Infinity without an estimate.
 */
export function distanceOutside(expect: Expectation, x: number | null): number {
  if (x === null || Number.isNaN(x)) return Infinity;
  const [lo, hi] = expectedRange(expect);
  const gap = x < lo ? lo - x : x > hi ? x - hi : 0;
  if (gap === 0) return 0;
  const scale =
    'tolerance' in expect ? expect.tolerance : 'between' in expect ? hi - lo : Math.abs('atLeast' in expect ? expect.atLeast : expect.atMost);
  return gap / (scale > 0 ? scale : 1);
}
