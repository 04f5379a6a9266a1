/** A quantile sketch's serialized form: the bucket counts, by bucket key, in key order. */
export type SketchData = readonly (readonly [number, number])[];

const ALPHA = 0.005; // relative accuracy of every quantile: ±0.5%
const GAMMA = (1 + ALPHA) / (1 - ALPHA);
const LOG_GAMMA = Math.log(GAMMA);
const ZERO = -2147483648; // the bucket of zero (and anything below 1e-9)

/**
 * A streaming quantile sketch over non-negative numbers with logarithmic buckets (as DDSketch):
 * every quantile within ±0.5% relative error, memory bounded by the range of values (not their
 * number), and merging is adding bucket counts — exact and order-independent, so merged
 * partial results are byte-identical to an unsplit run.
 */
export class QuantileSketch {
  private readonly buckets = new Map<number, number>();
  private total = 0;

  /** Adds one value. */
  add(value: number): void {
    const key = value > 1e-9 ? Math.ceil(Math.log(value) / LOG_GAMMA) : ZERO;
    this.buckets.set(key, (this.buckets.get(key) ?? 0) + 1);
    this.total++;
  }

  /** Adds another sketch's counts. */
  merge(data: SketchData): void {
    for (const [key, n] of data) {
      this.buckets.set(key, (this.buckets.get(key) ?? 0) + n);
      this.total += n;
    }
  }

  /** The number of values added. */
  get count(): number {
    return this.total;
  }

  /** The q-quantile (0 ≤ q ≤ 1), or NaN when empty. */
  quantile(q: number): number {
    if (this.total === 0) return Number.NaN;
    const rank = q * (this.total - 1);
    let seen = 0;
    for (const [key, n] of this.toJSON()) {
      seen += n;
      if (seen > rank) return key === ZERO ? 0 : (2 * GAMMA ** key) / (GAMMA + 1);
    }
    return Number.NaN;
  }

  /** The bucket counts in key order. */
  toJSON(): SketchData {
    return [...this.buckets.entries()].sort((a, b) => a[0] - b[0]);
  }
}
