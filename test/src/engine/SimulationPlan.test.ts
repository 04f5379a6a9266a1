import { describe, expect, it } from 'vitest';
import { behaviourDrivers, type Driver } from '../../../machines/index.js';
import { planSimulation } from '../../../src/engine/SimulationPlan.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';

const CRIME = 'authorities.establishCrimeOrPendingCase';
const withWaiting = (waiting: Driver['waiting']) => ({ ...behaviourDrivers, koreanCitizenInChina: { ...behaviourDrivers.koreanCitizenInChina, waiting } });

describe('planSimulation on machines with depth', () => {
  it('lets a leaf wait for an event written on the compound state around it (clause 3 on open)', () => {
    const waiting = { ...behaviourDrivers.koreanCitizenInChina.waiting, residing: { duration: 'untilHorizon', choices: [{ event: CRIME, p: 'rest' }] } } as const;
    expect(() => planSimulation(baselineScenario(), withWaiting(waiting))).not.toThrow();
  });

  it('refuses a driver that waits in the compound state itself: a case is only ever in a leaf', () => {
    const waiting = { ...behaviourDrivers.koreanCitizenInChina.waiting, open: { duration: 'screening', choices: [{ event: CRIME, p: 'rest' }] } } as const;
    expect(() => planSimulation(baselineScenario(), withWaiting(waiting))).toThrow('koreanCitizenInChina driver: no leaf state "open" in the machine');
  });

  it('still refuses an event that neither the leaf nor any state around it handles', () => {
    const waiting = { ...behaviourDrivers.koreanCitizenInChina.waiting, residing: { duration: 'untilHorizon', choices: [{ event: 'korea.consents', p: 'rest' }] } } as const;
    expect(() => planSimulation(baselineScenario(), withWaiting(waiting))).toThrow('koreanCitizenInChina driver: state "residing" does not handle "korea.consents"');
  });
});
