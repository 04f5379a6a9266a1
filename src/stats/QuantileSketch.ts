/** A quantile sketch's serialized form: the bucket counts, by bucket key, in key order. */
export type SketchData = readonly (readonly [number, number])[];

const ALPHA = 0.005; // relative accuracy of every quantile: ±0.5%
const GAMMA = (1 + ALPHA) / (1 - ALPHA);
const LOG_GAMMA = Math.log(GAMMA);
const ZERO = -2147483648; // the bucket of zero (and anything below 1e-9)
const DENSE_LIMIT = 1 << 20; // keys of any double lie within ±150,000; merged data could hold others

/**
 * A streaming quantile sketch over non-negative numbers with logarithmic buckets (as DDSketch):
 * every quantile within ±0.5% relative error, memory bounded by the range of values (not their
 * number), and merging is adding bucket counts — exact and order-independent, so merged
 * partial results are byte-identical to an unsplit run.
 */
export class QuantileSketch {
  // Buckets of integer keys near zero live in a dense window (`dense[key - low]`), grown as keys
  // arrive: adding a value is an array increment, not a hash-map update. Zero's bucket and keys
  // far outside (only merged data can have them) live in `others`.
  private dense = new Float64Array(0);
  // Which dense buckets exist (merged data may hold a bucket with a count of 0, and keeps it).
  private present = new Uint8Array(0);
  private low = 0;
  private readonly others = new Map<number, number>();
  private total = 0;

  /** Adds one value. */
  add(value: number): void {
    const key = value > 1e-9 ? Math.ceil(Math.log(value) / LOG_GAMMA) : ZERO;
    this.bump(key, 1);
  }

  /** Adds another sketch's counts. */
  merge(data: SketchData): void {
    for (const [key, n] of data) this.bump(key, n);
  }

  private bump(key: number, n: number): void {
    this.total += n;
    const at = key - this.low;
    if (at >= 0 && at < this.dense.length) {
      this.dense[at]! += n;
      this.present[at] = 1;
      return;
    }
    if (key === ZERO || !Number.isInteger(key) || Math.abs(key) > DENSE_LIMIT) {
      this.others.set(key, (this.others.get(key) ?? 0) + n);
      return;
    }
    this.widen(key);
    this.dense[key - this.low]! += n;
    this.present[key - this.low] = 1;
  }

  /** Grows the dense window to hold `key` (doubling, so a sketch widens a few times at most). */
  private widen(key: number): void {
    const old = this.dense;
    if (old.length === 0) {
      this.low = key - 64;
      this.dense = new Float64Array(128);
      this.present = new Uint8Array(128);
      return;
    }
    const high = this.low + old.length;
    const low = Math.min(this.low, key - (key < this.low ? old.length : 0));
    const length = Math.max(high, key + 1 + (key >= high ? old.length : 0)) - low;
    this.dense = new Float64Array(length);
    this.dense.set(old, this.low - low);
    const present = new Uint8Array(length);
    present.set(this.present, this.low - low);
    this.present = present;
    this.low = low;
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
    const out: [number, number][] = [...this.others.entries()];
    for (let i = 0; i < this.dense.length; i++) if (this.present[i] === 1) out.push([this.low + i, this.dense[i]!]);
    return out.sort((a, b) => a[0] - b[0]);
  }
}
