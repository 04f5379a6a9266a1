import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuantileSketch } from '../../../src/stats/QuantileSketch.js';

/** The exact q-quantile by the same rank rule (the ⌊q(n−1)⌋-th smallest). */
const exactQuantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;

const values = fc.array(fc.oneof(fc.double({ min: 0.001, max: 5000, noNaN: true }), fc.constant(0)), { minLength: 1, maxLength: 300 });

/** Law: every quantile is within 0.5% (relative) of the exact one. */
function accurate(make: () => { add(x: number): void; quantile(q: number): number }) {
  return fc.property(values, fc.constantFrom(0, 0.1, 0.5, 0.9, 0.99, 1), (xs, q) => {
    const s = make();
    xs.forEach((x) => s.add(x));
    const exact = exactQuantile(xs, q);
    expect(Math.abs(s.quantile(q) - exact)).toBeLessThanOrEqual(exact * 0.005 + 1e-12);
  });
}

describe('QuantileSketch', () => {
  it('gives every quantile within ±0.5%', () => fc.assert(accurate(() => new QuantileSketch())));
  it('catches a sketch that answers with its bucket\u2019s upper bound', () => {
    class Coarse extends QuantileSketch {
      override quantile(q: number) {
        return super.quantile(q) * 1.01;
      }
    }
    expect(fc.check(accurate(() => new Coarse())).failed).toBe(true);
  });

  /** Law: merged sketches serialize exactly like one sketch of all the values, in any order of merging. */
  const mergesExactly = (make: () => QuantileSketch) =>
    fc.property(fc.array(values, { minLength: 1, maxLength: 5 }), (parts) => {
      const sketches = parts.map((xs) => {
        const s = make();
        xs.forEach((x) => s.add(x));
        return s.toJSON();
      });
      const forward = make();
      sketches.forEach((d) => forward.merge(d));
      const backward = make();
      [...sketches].reverse().forEach((d) => backward.merge(d));
      const whole = make();
      parts.flat().forEach((x) => whole.add(x));
      expect(JSON.stringify(forward)).toBe(JSON.stringify(whole));
      expect(JSON.stringify(backward)).toBe(JSON.stringify(whole));
    });
  it('merges exactly and in any order: merged sketches serialize identically', () => fc.assert(mergesExactly(() => new QuantileSketch())));
  it('catches a sketch whose serialization depends on the order values came in', () => {
    class Unsorted extends QuantileSketch {
      private readonly seen: [number, number][] = [];
      override add(value: number) {
        super.add(value);
        this.seen.push([value, 1]);
      }
      override toJSON() {
        return this.seen.length ? this.seen : super.toJSON();
      }
    }
    expect(fc.check(mergesExactly(() => new Unsorted())).failed).toBe(true);
  });

  it('stays small however many values it holds: buckets depend on the range, not the count', () => {
    const s = new QuantileSketch();
    for (let i = 0; i < 200_000; i++) s.add(1 + (i % 1000) * 0.37);
    expect(s.count).toBe(200_000);
    expect(s.toJSON().length).toBeLessThan(700);
  });

  /** The sketch of version 0.11: every bucket in a map. The dense window must serialize exactly as it did. */
  class MapSketch {
    private readonly buckets = new Map<number, number>();
    add(value: number) {
      const key = value > 1e-9 ? Math.ceil(Math.log(value) / Math.log((1 + 0.005) / (1 - 0.005))) : -2147483648;
      this.buckets.set(key, (this.buckets.get(key) ?? 0) + 1);
    }
    merge(data: readonly (readonly [number, number])[]) {
      for (const [key, n] of data) this.buckets.set(key, (this.buckets.get(key) ?? 0) + n);
    }
    toJSON() {
      return [...this.buckets.entries()].sort((a, b) => a[0] - b[0]);
    }
  }
  const anyValues = fc.array(fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(0, 1e-12, 1e-9, 2e-9, 1e300)), { maxLength: 200 });
  const mergedData = fc.array(fc.tuple(fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.constantFrom(-2147483648, 5_000_000)), fc.nat(5)), { maxLength: 20 });
  /** Law: any adds and merges (zero counts and far keys included) serialize as the map sketch does. */
  const asMapSketch = (make: () => QuantileSketch) =>
    fc.property(fc.array(fc.oneof(anyValues.map((v) => ({ v })), mergedData.map((d) => ({ d }))), { maxLength: 6 }), (steps) => {
      const s = make();
      const reference = new MapSketch();
      for (const step of steps) {
        if ('v' in step) step.v.forEach((x) => (s.add(x), reference.add(x)));
        else (s.merge(step.d), reference.merge(step.d));
      }
      expect(JSON.stringify(s)).toBe(JSON.stringify(reference));
    });
  it('serializes exactly as version 0.11\u2019s map of buckets, for any values and merged data', () => fc.assert(asMapSketch(() => new QuantileSketch()), { numRuns: 300 }));
  it('catches a sketch that drops a merged bucket with a count of 0', () => {
    class Dropping extends QuantileSketch {
      override toJSON() {
        return super.toJSON().filter(([, n]) => n !== 0);
      }
    }
    expect(fc.check(asMapSketch(() => new Dropping()), { numRuns: 300 }).failed).toBe(true);
  });
});
