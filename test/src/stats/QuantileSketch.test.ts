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
});
