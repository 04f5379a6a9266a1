import { describe, expect, it } from 'vitest';
import { nextReplications } from '../../../../src/experiment/sweep/nextReplications.js';

describe('nextReplications', () => {
  it('from a round\'s end: the next batch, never past maxReplications', () => {
    expect(nextReplications(0, 5, 100)).toEqual([0, 1, 2, 3, 4]);
    expect(nextReplications(10, 5, 100)).toEqual([10, 11, 12, 13, 14]);
    expect(nextReplications(95, 5, 97)).toEqual([95, 96]);
    expect(nextReplications(97, 5, 97)).toEqual([]);
  });

  it('from a checkpoint inside a batch: the rest of that batch, so the rule reads the point at the same counts', () => {
    expect(nextReplications(7, 5, 100)).toEqual([7, 8, 9]);
    expect(nextReplications(9, 5, 100)).toEqual([9]);
    expect(nextReplications(96, 5, 97)).toEqual([96]);
  });
});
