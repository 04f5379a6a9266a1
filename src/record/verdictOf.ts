import { expectedRange } from './expectedRange.js';
import type { Expectation, Verdict } from './RecordCheck.js';

/**
 * The verdict on a Monte Carlo interval: consistent when it lies inside the expected region,
 * inconsistent when the two do not meet, undecided when it straddles an end (more replications
 * may decide it) or there is no interval.
 */
export function verdictOf(expect: Expectation, ci95: readonly [number, number] | null): Verdict {
  if (ci95 === null) return 'undecided';
  const [lo, hi] = expectedRange(expect);
  if (ci95[0] >= lo && ci95[1] <= hi) return 'consistent';
  if (ci95[1] < lo || ci95[0] > hi) return 'inconsistent';
  return 'undecided';
}
