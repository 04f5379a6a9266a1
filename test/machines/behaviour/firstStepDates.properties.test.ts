import fc from 'fast-check';
import { describe, it } from 'vitest';
import { behaviourDrivers, effectiveDateOf, readings, type Driver } from '../../../machines/index.js';
import { expectToFail } from '../../laws/expectToFail.js';
import { noCaseBeforeEffectiveDate } from '../../laws/firstStepDates.js';

const dates = Object.keys(readings.effectiveDate.options).map((o) => effectiveDateOf({ effectiveDate: o }));

// Design §6.10 for what machines/ controls: the drivers' drawn dates. (That the case runner and
// the logs date no step earlier is src/'s side.)
describe.each(Object.keys(behaviourDrivers) as (keyof typeof behaviourDrivers)[])('%s › §6.10 no case starts before the effective date', (kind) => {
  const driver = behaviourDrivers[kind];
  it('under every effective date, for any scenario and draws', () => fc.assert(noCaseBeforeEffectiveDate(driver, dates), { numRuns: 500 }));
  it('catches a driver that starts cases with the run', () => {
    const broken: Driver = { ...driver, drawCase: (draws, context) => ({ ...driver.drawCase(draws, context), startDay: 0 }) };
    expectToFail(noCaseBeforeEffectiveDate(broken, dates));
  });
});
