import type { Quantiles } from './CalibrationResult.js';

/**
 * The q-quantile of sorted values by linear interpolation between order statistics (Hyndman &
 * Fan's type 7, R's and NumPy's default): defined for any count ≥ 1, so a handful of accepted
 * points still gives a range. Pure.
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  const h = (sorted.length - 1) * q;
  const below = Math.floor(h);
  const a = sorted[below]!;
  const b = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return a + (h - below) * (b - a);
}

/** The 5%, 50% and 95% quantiles of values (in any order); null for none. Pure. */
export function quantiles(values: readonly number[]): Quantiles | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  return { p5: quantile(sorted, 0.05), p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}
