import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emigrationApplicationDriver } from '../../../machines/behaviour/emigrationApplicationDriver.js';
import type { FactContext } from '../../../machines/behaviour/Driver.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';

const context = (over: Partial<FactContext>): FactContext => ({
  caseId: 'a',
  probabilities: baselineScenario().probabilities,
  population: { count: 1, submittedWithinDays: 365 },
  startDate: '1958-01-01',
  horizonDays: 100,
  ...over,
});

describe('emigrationApplicationDriver › drawCase', () => {
  // 4c's "in the future": an application arrives from the effective date on, and within the
  // run, however long the scenario's arrival window: a window past the horizon is cut at it.
  it('draws a submission day from the first day allowed and before the horizon, whatever the window', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.constantFrom('1957-12-17', '1957-12-21'),
        (u, window, horizonDays, effectiveDate) => {
          const c = context({ population: { count: 1, submittedWithinDays: window }, horizonDays, startDate: '1957-12-17', effectiveDate });
          const { startDay, input } = emigrationApplicationDriver.drawCase({ uniform: () => u, bernoulli: () => false }, c);
          const first = effectiveDate === '1957-12-21' ? 4 : 0;
          expect(startDay).toBeGreaterThanOrEqual(Math.min(first, horizonDays));
          expect(startDay).toBeLessThan(Math.max(horizonDays, first + 1));
          expect(String(input['submittedOn']) >= effectiveDate || startDay >= horizonDays).toBe(true);
        },
      ),
    );
  });
});
