import type { CalibrationRange } from '../scenario/calibrationRanges.js';
import { latinHypercube } from './latinHypercube.js';

/**
 * The value of each calibrated assumption at each of `points` design points: a seeded Latin
 * hypercube scaled to the prior ranges. A count takes each integer in [⌈lo⌉, ⌊hi⌋] with equal
 * chance (its strata stay strata), rather than rounding, which would give the ends half a share.
 * Pure.
 */
export function designValues(ranges: readonly CalibrationRange[], points: number, seed: number): number[][] {
  return latinHypercube(points, ranges.length, seed).map((unit) =>
    ranges.map((r, d) => {
      const u = unit[d]!;
      if (!r.integer) return r.lo + u * (r.hi - r.lo);
      const first = Math.ceil(r.lo);
      return Math.min(first + Math.floor(u * (Math.floor(r.hi) - first + 1)), Math.floor(r.hi));
    }),
  );
}
