import fc from 'fast-check';
import type { Driver, Draws, FactContext } from '../../machines/index.js';
import { addDays } from '../../machines/behaviour/isoDays.js';
import { isoDate } from './arbitraries.js';

/** Draws answering from a list of uniforms (cycled), as the engine's stream would. */
function drawsFrom(us: readonly number[]): Draws {
  let i = 0;
  const next = () => us[i++ % us.length]!;
  return { uniform: next, bernoulli: (p) => next() < p };
}

const share = fc.double({ min: 0, max: 1, noNaN: true });

/** A fact context as a scenario gives it: any start, horizon, shares, probabilities, and one of the effective dates. */
export const factContext = (effectiveDates: readonly string[]): fc.Arbitrary<FactContext> =>
  fc.record({
    caseId: fc.constant('c'),
    probabilities: fc.record({ hasCrimeOrPendingCase: share, crimeOnHostSide: share, hasPoliticalIssues: share, hasPendingCase: share, isJustified: share }) as fc.Arbitrary<FactContext['probabilities']>,
    population: fc.record({ crossedAfterCableShare: share, submittedWithinDays: fc.integer({ min: 0, max: 2000 }) }),
    startDate: isoDate(),
    horizonDays: fc.integer({ min: 1, max: 3000 }),
    effectiveDate: fc.constantFrom(...effectiveDates),
  });

/**
 * Design §6.10, the part the drivers control: a case's first step is never dated before the
 * effective date. Whatever the scenario and the draws, a drawn case starts on or after both the
 * run's start and the effective date; a crossing on or after the effective date starts its case
 * that day; an application is submitted the day its case starts.
 */
export function noCaseBeforeEffectiveDate(driver: Driver, effectiveDates: readonly string[]) {
  return fc.property(factContext(effectiveDates), fc.array(fc.double({ min: 0, max: 0.999999, noNaN: true }), { minLength: 1, maxLength: 8 }), (context, us) => {
    const { input, startDay } = driver.drawCase(drawsFrom(us), context);
    const startsOn = addDays(context.startDate, startDay);
    if (startDay < 0 || startsOn < context.effectiveDate!) throw new Error(`a case starts on ${startsOn} (day ${startDay}), before ${context.effectiveDate} or the run`);
    const crossedOn = input['crossedOn'];
    if (typeof crossedOn === 'string' && crossedOn >= context.effectiveDate! && crossedOn !== startsOn) {
      throw new Error(`a crossing of ${crossedOn}, after the effective date, starts its case on ${startsOn}`);
    }
    const submittedOn = input['submittedOn'];
    if (typeof submittedOn === 'string' && submittedOn !== startsOn) throw new Error(`an application of ${submittedOn} starts its case on ${startsOn}`);
  });
}
