import { sampleVariance } from './pairedDifference.js';

/** The two variances behind a variance reduction, unrounded. */
export interface MeasuredVariances {
  /** The sample variance across replications of B − A on common random numbers. */
  readonly paired: number;
  /** The sample variance across replications of B(independent seed) − A. */
  readonly independent: number;
  /** The replications both were taken over. */
  readonly replications: number;
}

/**
 * Measures what pairing saves for one per-replication statistic: given its value in each
 * replication of A, of B on the common seed and of B on the independent seed (undefined where a
 * run had nothing to measure, e.g. no case reached the outcome), the sample variances of B − A
 * and of B(independent) − A over the replications where all three have a value, so that both
 * are taken over the same replications. Null when fewer than two such replications. Pure.
 */
export function measureReduction(a: readonly (number | undefined)[], b: readonly (number | undefined)[], bIndependent: readonly (number | undefined)[]): MeasuredVariances | null {
  const paired: number[] = [];
  const independent: number[] = [];
  a.forEach((x, r) => {
    const y = b[r];
    const z = bIndependent[r];
    if (x !== undefined && y !== undefined && z !== undefined) paired.push(y - x), independent.push(z - x);
  });
  if (paired.length < 2) return null;
  return { paired: sampleVariance(paired), independent: sampleVariance(independent), replications: paired.length };
}
