import { describe, expect, it } from 'vitest';
import { quantile, quantiles } from '../../../src/calibrate/quantiles.js';

describe('quantile', () => {
  it('interpolates between order statistics (type 7: R\u2019s and NumPy\u2019s default)', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    expect(quantile(sorted, 0.5)).toBe(6);
    expect(quantile(sorted, 0.05)).toBeCloseTo(1.5, 12);
    expect(quantile(sorted, 0.95)).toBeCloseTo(10.5, 12);
    expect(quantile([0, 10], 0.25)).toBe(2.5);
  });
  it('gives the one value of a single accepted point at every level', () => {
    expect(quantile([3], 0.05)).toBe(3);
    expect(quantile([3], 0.95)).toBe(3);
  });
  it('refuses no values', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });
});

describe('quantiles', () => {
  it('sorts first, and leaves its input alone', () => {
    const values = [5, 1, 4, 2, 3];
    expect(quantiles(values)).toEqual({ p5: 1.2, p50: 3, p95: 4.8 });
    expect(values).toEqual([5, 1, 4, 2, 3]);
  });
  it('is null for no values', () => {
    expect(quantiles([])).toBeNull();
  });
});
