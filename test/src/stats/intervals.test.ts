import { describe, expect, it } from 'vitest';
import { shareInterval95, t975, wilson95 } from '../../../src/stats/intervals.js';

describe('intervals', () => {
  it('Wilson: known values', () => {
    // 10 of 100: Wilson 95% ≈ [0.0552, 0.1744]
    const [lo, hi] = wilson95(10, 100);
    expect(lo).toBeCloseTo(0.0552, 4);
    expect(hi).toBeCloseTo(0.1744, 4);
    expect(wilson95(0, 50)[0]).toBe(0);
    expect(wilson95(50, 50)[1]).toBe(1);
  });
  it("Student's t: table and expansion agree with known quantiles", () => {
    expect(t975(1)).toBeCloseTo(12.7062, 4);
    expect(t975(19)).toBeCloseTo(2.093, 3);
    expect(t975(40)).toBeCloseTo(2.0211, 3);
    expect(t975(120)).toBeCloseTo(1.9799, 3);
  });
  it('uses the t-interval across replications, Wilson for one', () => {
    expect(shareInterval95([0.5], 100)).toEqual(wilson95(50, 100));
    const [lo, hi] = shareInterval95([0.4, 0.5, 0.6], 100);
    expect((lo + hi) / 2).toBeCloseTo(0.5, 10);
    expect(hi - lo).toBeCloseTo(2 * 4.3027 * (0.1 / Math.sqrt(3)), 6);
    expect(shareInterval95([0, 0, 0], 10)).toEqual([0, 0]);
  });
});
