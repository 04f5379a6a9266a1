import { describe, expect, it } from 'vitest';
import { behaviourDrivers, type Draws, type FactContext } from '../../../machines/index.js';

/** Draws that answer from a script: bernoulli(p) takes the next uniform and compares it with p. */
function scripted(...uniforms: number[]): Draws {
  const next = () => {
    const u = uniforms.shift();
    if (u === undefined) throw new Error('script ran out');
    return u;
  };
  return { uniform: next, bernoulli: (p) => next() < p };
}
const context = (over: Partial<FactContext> = {}): FactContext => ({
  caseId: 'c',
  probabilities: { hasCrimeOrPendingCase: 0.5, crimeOnHostSide: 0.5 } as FactContext['probabilities'],
  population: { crossedAfterCableShare: 0.3, submittedWithinDays: 100 },
  startDate: '1957-12-17',
  horizonDays: 1095,
  ...over,
});
const crk = behaviourDrivers.chineseResidentInKorea;

describe('drawing a crosser (crossingDate)', () => {
  it.each([
    // [u for "after the cable?", u for the day, u for the crime, u for its place] → crossedOn, startDay, crime, place, cohort,
    // fact key (days from the earliest crossing possible, 729 days before the day before the cable, × 4, + 2 for a crime, + 1 on the host side)
    [[0.1, 0, 0.9, 0.9], '1957-12-17', 0, false, 'home', 'crossedAfterEffectiveDate', 730 * 4], // after: the cable's own day
    [[0.1, 0.5, 0.2, 0.2], '1958-06-17', 182, true, 'host', 'crossedAfterEffectiveDate', (730 + 182) * 4 + 2 + 1], // after: half a year in (⌊0.5 × 365⌋)
    [[0.9, 0, 0.9, 0.9], '1957-12-16', 0, false, 'home', 'crossedBeforeEffectiveDate', 729 * 4], // before: the day before the cable
    [[0.9, 0.5, 0.9, 0.9], '1956-12-16', 0, false, 'home', 'crossedBeforeEffectiveDate', (729 - 365) * 4], // before: ⌊0.5 × 730⌋ days earlier
  ] as const)('%j → %s (day %i)', (us, crossedOn, startDay, crime, crimeWhere, cohort, factKey) => {
    expect(crk.drawCase(scripted(...us), context())).toEqual({ input: { caseId: 'c', crossedOn, hasCrimeOrPendingCase: crime, crimeWhere }, startDay, cohort, factKey });
  });
  it('starts post-cable crossings at a later start date, and earlier ones before the cable', () => {
    expect(crk.drawCase(scripted(0.1, 0, 0.9, 0.9), context({ startDate: '1961-04-01' })).input['crossedOn']).toBe('1961-04-01');
    expect(crk.drawCase(scripted(0.9, 0, 0.9, 0.9), context({ startDate: '1961-04-01' })).input['crossedOn']).toBe('1957-12-16');
    expect(crk.drawCase(scripted(0.9, 0, 0.9, 0.9), context({ startDate: '1956-05-01' })).input['crossedOn']).toBe('1956-05-01');
  });
  it('starts an earlier crossing’s case at the effective date when the run starts before it', () => {
    expect(crk.drawCase(scripted(0.9, 0, 0.9, 0.9), context({ startDate: '1957-12-01' }))).toMatchObject({ input: { crossedOn: '1957-12-01' }, startDay: 16 });
    expect(crk.drawCase(scripted(0.9, 0, 0.9, 0.9), context({ startDate: '1957-12-01', effectiveDate: '1957-12-21' }))).toMatchObject({ startDay: 20 });
  });
  it('draws post-cable crossings from the effective date the readings select', () => {
    expect(crk.drawCase(scripted(0.1, 0, 0.9, 0.9), context({ effectiveDate: '1957-12-21' }))).toMatchObject({ input: { crossedOn: '1957-12-21' }, startDay: 4 });
    expect(crk.drawCase(scripted(0.9, 0, 0.9, 0.9), context({ effectiveDate: '1957-12-21' })).input['crossedOn']).toBe('1957-12-17');
  });
  it('starts a post-cable crossing on the cable\u2019s day when the run starts earlier', () => {
    expect(crk.drawCase(scripted(0.1, 0, 0.9, 0.9), context({ startDate: '1957-12-01' }))).toMatchObject({ input: { crossedOn: '1957-12-17' }, startDay: 16 });
  });
  it('keeps post-cable crossings within the horizon', () => {
    expect(crk.drawCase(scripted(0.1, 0.99, 0.9, 0.9), context({ horizonDays: 30 }))).toMatchObject({ startDay: 29 });
    expect(crk.drawCase(scripted(0.1, 0.99, 0.9, 0.9), context({ horizonDays: 3000 }))).toMatchObject({ startDay: 361 });
    // A run starting 16 days before the cable, 30 days long: crossings fall in days 16–29.
    expect(crk.drawCase(scripted(0.1, 0.99, 0.9, 0.9), context({ startDate: '1957-12-01', horizonDays: 30 }))).toMatchObject({ startDay: 29 });
  });
});

describe('drawing an application', () => {
  const ea = behaviourDrivers.emigrationApplication;
  it('spreads submissions over submittedWithinDays (within the horizon) and draws the three facts', () => {
    expect(ea.drawCase(scripted(0.5, 0.1, 0.1, 0.1), context({ probabilities: { hasPoliticalIssues: 0.2, hasPendingCase: 0.05, isJustified: 0.9 } as FactContext['probabilities'] }))).toEqual({
      input: { caseId: 'c', submittedOn: '1958-02-05', hasPoliticalIssues: true, hasPendingCase: false, isJustified: true },
      startDay: 50,
      factKey: 50 * 8 + 4 + 1, // the day, then political issues (4), a pending case (2), justified (1)
    });
    expect(ea.drawCase(scripted(0.5, 1, 1, 1), context({ horizonDays: 20 })).startDay).toBe(10);
    expect(ea.drawCase(scripted(0.5, 1, 1, 1), context({ population: {} })).startDay).toBe(0);
  });
});
