import type { VarianceReduction } from './CompareResult.js';

/** A variance reduction as the outputs show it: ×N, ∞ when only pairing removed all the noise, — when there was none. Pure. */
export function ratioText(v: VarianceReduction): string {
  if (v.ratio !== null) return `×${v.ratio >= 100 ? Math.round(v.ratio) : v.ratio.toFixed(1)}`;
  return v.independent > 0 ? '∞ (same in every case)' : '— (no variation)';
}
