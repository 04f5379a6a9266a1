import { t975 } from '../../stats/intervals.js';
import type { PairedDifference } from './CompareResult.js';

/** The sample variance (n − 1 in the denominator) of at least two numbers, summed in order. */
export function sampleVariance(xs: readonly number[]): number {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
}

/** Rounds to `digits` decimals (deterministic output). */
export const roundTo = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * B − A from paired per-replication values (a[r] and b[r] from the same replication, so the same
 * random streams): the mean difference with the Student-t 95% interval across the differences
 * d_r = b[r] − a[r] — valid whether or not the arms are correlated, and narrow when they are.
 * Needs at least two pairs; rounded to `digits`; `bounds` clips the interval. Pure.
 */
export function pairedDifference(a: readonly number[], b: readonly number[], digits: number, bounds: readonly [number, number] = [-Infinity, Infinity]): PairedDifference {
  const r = a.length;
  if (r < 2 || b.length !== r) throw new Error(`a paired difference needs at least two pairs; got ${r} and ${b.length}`);
  const d = a.map((x, i) => b[i]! - x);
  const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const diff = mean(d);
  const half = t975(r - 1) * Math.sqrt(sampleVariance(d) / r);
  const lo = Math.max(bounds[0], diff - half);
  const hi = Math.min(bounds[1], diff + half);
  return { a: roundTo(mean(a), digits), b: roundTo(mean(b), digits), diff: roundTo(diff, digits), ci95: [roundTo(lo, digits), roundTo(hi, digits)], replications: r };
}
