import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { behaviourDrivers, type Driver, type FactContext } from '../../../machines/index.js';
import { CaseStream } from '../../../src/random/caseStream.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';

/** Random fact contexts: start and effective dates, horizon, the crossing share and arrival window; every coin fair. */
const contexts: fc.Arbitrary<FactContext> = fc
  .record({
    startDate: fc.constantFrom('1955-06-01', '1957-12-17', '1958-03-01', '1961-04-01'),
    effectiveDate: fc.constantFrom('1957-12-17', '1957-12-21', '1958-06-01'),
    horizonDays: fc.integer({ min: 1, max: 2000 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    window: fc.integer({ min: 0, max: 2000 }),
  })
  .map(({ share, window, ...c }) => ({
    ...c,
    caseId: '',
    probabilities: Object.fromEntries(Object.keys(baselineScenario().probabilities).map((k) => [k, 0.5])) as FactContext['probabilities'],
    population: { count: 1, crossedAfterCableShare: share, submittedWithinDays: window },
  }));

/**
 * Law (DrawnCase.factKey): under one fact context, equal keys mean equal inputs, and (so that
 * the key saves the hashing it is there to save) different inputs get different keys, small whole numbers.
 */
const keysFollowInputs = (driver: Driver) =>
  fc.property(contexts, fc.integer(), (context, seed) => {
    const draws = new CaseStream();
    const inputOf = new Map<number, string>();
    const keyOf = new Map<string, number>();
    for (let i = 0; i < 300; i++) {
      const { input, factKey } = driver.drawCase(draws.reset(seed, 0, 0, i), context);
      const values = JSON.stringify(input);
      expect(Number.isInteger(factKey) && factKey! >= 0 && factKey! < 1 << 20).toBe(true);
      expect(inputOf.get(factKey!) ?? values).toBe(values);
      expect(keyOf.get(values) ?? factKey).toBe(factKey);
      inputOf.set(factKey!, values);
      keyOf.set(values, factKey!);
    }
  });

describe('Driver › factKey', () => {
  it.each(Object.keys(behaviourDrivers))('%s: equal keys, equal inputs; different inputs, different keys', (kind) => {
    fc.assert(keysFollowInputs(behaviourDrivers[kind as keyof typeof behaviourDrivers]), { numRuns: 60 });
  });

  it.each([
    ['the date left out', (key: number) => key % 4],
    ['a coin left out', (key: number) => key - (key % 2)],
  ])('catches a key with %s', (_, broken) => {
    for (const driver of Object.values(behaviourDrivers)) {
      const tampered: Driver = {
        ...driver,
        drawCase: (draws, context) => {
          const drawn = driver.drawCase(draws, context);
          return { ...drawn, factKey: broken(drawn.factKey!) };
        },
      };
      expect(fc.check(keysFollowInputs(tampered), { numRuns: 60 }).failed).toBe(true);
    }
  });
});
