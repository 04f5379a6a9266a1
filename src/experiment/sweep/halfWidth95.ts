import { t975, wilson95 } from '../../stats/intervals.js';

/**
 * The half-width of the 95% interval `simulate` gives a share, before clipping to [0, 1]: Student's
 * t (r − 1 degrees of freedom) times the standard deviation of the per-replication shares over √r;
 * with one replication, half the Wilson interval over its `n` cases. The arithmetic is
 * shareInterval95's, so a half-width here is exactly the half of simulate's unclipped interval.
 * Not clipped because a clipped interval near 0 or 1 is narrower than the noise, and a stopping
 * rule reading it would stop too soon. Pure.
 */
export function halfWidth95(perReplication: readonly number[], n: number): number {
  const r = perReplication.length;
  if (r === 0) return Number.NaN;
  if (r === 1) {
    const [lo, hi] = wilson95(Math.round(perReplication[0]! * n), n);
    return (hi - lo) / 2;
  }
  const mean = perReplication.reduce((a, b) => a + b, 0) / r;
  const variance = perReplication.reduce((a, b) => a + (b - mean) ** 2, 0) / (r - 1);
  return (t975(r - 1) * Math.sqrt(variance)) / Math.sqrt(r);
}
