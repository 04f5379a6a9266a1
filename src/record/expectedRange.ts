import type { Expectation } from './RecordCheck.js';

/** The interval of values an expectation accepts (ends included; ±Infinity when open). */
export function expectedRange(expect: Expectation): readonly [number, number] {
  if ('atLeast' in expect) return [expect.atLeast, Infinity];
  if ('atMost' in expect) return [-Infinity, expect.atMost];
  if ('between' in expect) return expect.between;
  return [expect.about - expect.tolerance, expect.about + expect.tolerance];
}
