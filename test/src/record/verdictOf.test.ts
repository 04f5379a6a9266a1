import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceOutside } from '../../../src/record/distanceOutside.js';
import { expectedRange } from '../../../src/record/expectedRange.js';
import type { Expectation, Verdict } from '../../../src/record/RecordCheck.js';
import { satisfies } from '../../../src/record/satisfies.js';
import { verdictOf } from '../../../src/record/verdictOf.js';

describe('verdictOf', () => {
  it('says consistent inside, inconsistent when disjoint, undecided when the interval straddles a bound', () => {
    expect(verdictOf({ atMost: 0.5 }, [0.2, 0.3])).toBe('consistent');
    expect(verdictOf({ atMost: 0.5 }, [0.6, 0.7])).toBe('inconsistent');
    expect(verdictOf({ atMost: 0.5 }, [0.45, 0.55])).toBe('undecided');
    expect(verdictOf({ atLeast: 30 }, [30, 40])).toBe('consistent');
    expect(verdictOf({ between: [0.1, 0.2] }, [0.05, 0.09])).toBe('inconsistent');
    expect(verdictOf({ about: 600, tolerance: 100 }, [480, 720])).toBe('undecided');
    expect(verdictOf({ about: 600, tolerance: 100 }, [550, 650])).toBe('consistent');
    expect(verdictOf({ atMost: 0.5 }, null)).toBe('undecided');
  });

  const expectation: fc.Arbitrary<Expectation> = fc.oneof(
    fc.double({ min: -10, max: 10, noNaN: true }).map((x) => ({ atLeast: x })),
    fc.double({ min: -10, max: 10, noNaN: true }).map((x) => ({ atMost: x })),
    fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true })).map(([a, w]) => ({ between: [a, a + w] as const })),
    fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0.01, max: 10, noNaN: true })).map(([about, tolerance]) => ({ about, tolerance })),
  );
  const interval = fc.tuple(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true })).map(([a, w]) => [a, a + w] as const);

  /** The verdict's definition, by sampling points of the interval (ends and middle) against the expected range. */
  const agreesWithDefinition = (verdict: (e: Expectation, ci: readonly [number, number]) => Verdict) =>
    fc.property(expectation, interval, (e, ci) => {
      const [lo, hi] = expectedRange(e);
      const inside = (x: number) => x >= lo && x <= hi;
      const v = verdict(e, ci);
      if (v === 'consistent') return inside(ci[0]) && inside(ci[1]);
      if (v === 'inconsistent') return ci[1] < lo || ci[0] > hi;
      return !(inside(ci[0]) && inside(ci[1])) && !(ci[1] < lo || ci[0] > hi);
    });

  it('agrees with its definition for any expectation and interval', () => {
    fc.assert(agreesWithDefinition(verdictOf));
  });

  it('the property catches a verdict that calls any overlap consistent', () => {
    const lenient = (e: Expectation, ci: readonly [number, number]): Verdict => (verdictOf(e, ci) === 'undecided' ? 'consistent' : verdictOf(e, ci));
    expect(fc.check(agreesWithDefinition(lenient)).failed).toBe(true);
  });

  it('satisfies and distanceOutside agree: distance 0 exactly when the point satisfies the expectation', () => {
    fc.assert(
      fc.property(expectation, fc.double({ min: -20, max: 20, noNaN: true }), (e, x) => (distanceOutside(e, x) === 0) === satisfies(e, x) && distanceOutside(e, x) >= 0),
    );
    expect(satisfies({ atMost: 1 }, null)).toBe(false);
    expect(distanceOutside({ atMost: 1 }, null)).toBe(Infinity);
  });

  it('distanceOutside scales by the expectation: tolerance, width or bound', () => {
    expect(distanceOutside({ about: 600, tolerance: 100 }, 800)).toBe(1);
    expect(distanceOutside({ between: [0.2, 0.4] }, 0.5)).toBeCloseTo(0.5);
    expect(distanceOutside({ atMost: 0.5 }, 0.75)).toBeCloseTo(0.5);
    expect(distanceOutside({ atLeast: 0 }, -2)).toBe(2);
  });
});
