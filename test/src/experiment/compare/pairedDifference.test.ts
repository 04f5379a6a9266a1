import { describe, expect, it } from 'vitest';
import { pairedDifference, sampleVariance } from '../../../../src/experiment/compare/pairedDifference.js';
import { t975 } from '../../../../src/stats/intervals.js';

describe('pairedDifference', () => {
  it('is the mean of the per-replication differences with a t-interval across them', () => {
    // d = 1, 2, 3, 6: mean 3, sample variance 14/3; half-width t(3)·√(14/3 / 4).
    const d = pairedDifference([10, 10, 10, 10], [11, 12, 13, 16], 6);
    const half = t975(3) * Math.sqrt(14 / 3 / 4);
    expect(d).toEqual({ a: 10, b: 13, diff: 3, ci95: [Number((3 - half).toFixed(6)), Number((3 + half).toFixed(6))], replications: 4 });
  });

  it('ignores what the arms share: adding the same noise to both leaves the interval unchanged', () => {
    const plain = pairedDifference([0, 0, 0], [1, 2, 3], 6);
    const noisy = pairedDifference([5, -7, 40], [6, -5, 43], 6);
    expect(noisy.diff).toBe(plain.diff);
    expect(noisy.ci95[1] - noisy.ci95[0]).toBeCloseTo(plain.ci95[1] - plain.ci95[0], 6);
  });

  it('clips to the bounds given (a difference of shares lies in [−1, 1])', () => {
    expect(pairedDifference([0, 0], [1, 0.2], 6, [-1, 1]).ci95[1]).toBe(1);
  });

  it('refuses fewer than two pairs', () => {
    expect(() => pairedDifference([1], [2], 6)).toThrow(/at least two pairs/);
  });

  it('sampleVariance divides by n − 1', () => {
    expect(sampleVariance([1, 2, 3, 6])).toBeCloseTo(14 / 3, 12);
  });
});
