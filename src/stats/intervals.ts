const Z975 = 1.959963984540054;

// Student's t 0.975 quantiles for 1–30 degrees of freedom.
const T975 = [
  12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788, 2.1604, 2.1448, 2.1314,
  2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
];

/** Student's t 0.975 quantile: a table to 30 degrees of freedom, Cornish–Fisher beyond (error < 1e-4). */
export function t975(df: number): number {
  if (df < 1) return Number.NaN;
  if (df <= 30) return T975[Math.floor(df) - 1]!;
  const z = Z975;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2);
}

/** The Wilson score 95% interval for `k` successes in `n` trials (n > 0). */
export function wilson95(k: number, n: number): [number, number] {
  const p = k / n;
  const z2 = Z975 * Z975;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z975 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  // At k = 0 or k = n the bounds are exactly 0 or 1; rounding would leave a speck.
  return [k === 0 ? 0 : Math.max(0, centre - half), k === n ? 1 : Math.min(1, centre + half)];
}

/**
 * A 95% interval for a share from its per-replication values: the t-interval across
 * replications (clipped to [0, 1]); with one replication, the Wilson interval over its `n` cases.
 */
export function shareInterval95(perReplication: readonly number[], n: number): [number, number] {
  const r = perReplication.length;
  if (r === 1) return wilson95(Math.round(perReplication[0]! * n), n);
  const mean = perReplication.reduce((a, b) => a + b, 0) / r;
  const variance = perReplication.reduce((a, b) => a + (b - mean) ** 2, 0) / (r - 1);
  const half = (t975(r - 1) * Math.sqrt(variance)) / Math.sqrt(r);
  return [Math.max(0, mean - half), Math.min(1, mean + half)];
}
