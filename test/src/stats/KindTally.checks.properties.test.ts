import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KindTally, OPEN, type CaseResult, type CheckCounter } from '../../../src/stats/KindTally.js';
import { QuantileSketch } from '../../../src/stats/QuantileSketch.js';

// A record check's counts, by its definition (design §7): the denominator holds the cases of the
// cohort that started early enough (startedBy); the numerator those of them that reached one of the
// outcomes, within `withinDays` of their start and by `byDay`.
const OUTCOMES = ['a', 'b', 'c', OPEN];
const caseResult: fc.Arbitrary<CaseResult> = fc
  .record({
    outcome: fc.constantFrom(...OUTCOMES),
    startDay: fc.integer({ min: 0, max: 400 }),
    days: fc.double({ min: 0, max: 400, noNaN: true }),
    cohort: fc.constantFrom(undefined, 'early', 'late'),
  })
  .map(({ outcome, startDay, days, cohort }) => ({ outcome, path: outcome, startDay, days: outcome === OPEN ? null : days, cohort }));
const counter: fc.Arbitrary<CheckCounter> = fc.record({
  id: fc.constantFrom('x', 'y'),
  outcomes: fc.subarray(['a', 'b', 'c'], { minLength: 1 }).map((o) => new Set(o)),
  cohort: fc.constantFrom(undefined, 'early', 'late'),
  startedBy: fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 400 })),
  withinDays: fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 400 })),
  byDay: fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 800 })),
  timed: fc.boolean(),
});

function byDefinition(check: CheckCounter, results: readonly CaseResult[]) {
  const inDenominator = results.filter((r) => (check.cohort === undefined || r.cohort === check.cohort) && r.startDay <= check.startedBy);
  const counted = inDenominator.filter((r) => r.days !== null && check.outcomes.has(r.outcome) && r.days <= check.withinDays && r.startDay + r.days <= check.byDay);
  return { n: inDenominator.length, k: counted.length, days: counted.map((r) => r.days!) };
}

const countsAsDefined = (tallyOf: (check: CheckCounter) => { add: (r: CaseResult) => void; toJSON: () => ReturnType<KindTally['toJSON']> }) =>
  fc.property(counter, fc.array(caseResult, { maxLength: 60 }), (check, results) => {
    const tally = tallyOf(check);
    for (const r of results) tally.add(r);
    const got = tally.toJSON().checks?.[check.id];
    const want = byDefinition(check, results);
    if (got?.n !== want.n || got.k !== want.k) return false;
    if (!check.timed) return got.days === undefined;
    const sketch = new QuantileSketch();
    for (const d of want.days) sketch.add(d);
    return JSON.stringify(got.days) === JSON.stringify(sketch.toJSON());
  });

describe('KindTally counts record checks as they are defined', () => {
  it('agrees with the definition (cohort, started early enough, outcome, within, by) for any cases', () => {
    fc.assert(countsAsDefined((check) => new KindTally([check])));
  });

  it('the property catches a tally that forgets the cohort', () => {
    const cohortBlind = (check: CheckCounter) => new KindTally([{ ...check, cohort: undefined }]);
    expect(fc.check(countsAsDefined(cohortBlind)).failed).toBe(true);
  });

  it('the property catches a tally that counts cases started too late to be watched', () => {
    const uncensored = (check: CheckCounter) => new KindTally([{ ...check, startedBy: Infinity }]);
    expect(fc.check(countsAsDefined(uncensored)).failed).toBe(true);
  });

  it('leaves the tally of a scenario without checks exactly as it was (no checks key)', () => {
    const t = new KindTally();
    t.add({ outcome: 'a', path: 'a', days: 3, startDay: 0 });
    expect(Object.keys(t.toJSON())).toEqual(['n', 'outcomes', 'paths']);
  });
});
