import fc from 'fast-check';
import { describe, it } from 'vitest';
import { behaviourDrivers, effectiveDateOf, embeddedScenarios, readings, resolveReadings, type Driver } from '../../../machines/index.js';
import { actorHandle } from '../../../src/engine/actorHandle.js';
import { driveCase } from '../../../src/engine/driveCase.js';
import { planSimulation } from '../../../src/engine/SimulationPlan.js';
import { caseStream } from '../../../src/random/caseStream.js';
import { embeddedScenario } from '../../../src/scenario/loadScenario.js';
import type { Scenario } from '../../../src/scenario/Scenario.js';
import { expectToFail } from '../../laws/expectToFail.js';

const DAY_MS = 86_400_000;

/** A simulated scenario, by name: an embedded one under either effective date, set in the file or by `simulate --readings`. */
const anyScenario = () =>
  fc.record({
    name: fc.constantFrom(...Object.keys(embeddedScenarios)),
    effectiveDate: fc.constantFrom(...Object.keys(readings.effectiveDate.options)),
    byFlag: fc.boolean(),
    seed: fc.nat({ max: 2 ** 31 }),
  });

/** The scenario `anyScenario` names, as simulate would run it. */
function scenarioOf({ name, effectiveDate, byFlag, seed }: { name: string; effectiveDate: string; byFlag: boolean; seed: number }): Scenario {
  const s = embeddedScenario(name);
  // In the file, loadScenario settles the start; `simulate --readings` swaps the readings after it.
  const resolved = byFlag ? s : { ...s, startDate: s.startDate < effectiveDateOf({ effectiveDate }) ? effectiveDateOf({ effectiveDate }) : s.startDate };
  return { ...resolved, seed, readings: resolveReadings({ ...resolved.readings, effectiveDate }) };
}

/**
 * Design §6.10 for the simulation: every case the XState engine drives (each an actor, as in
 * replication 0) starts and takes every step on or after the effective date of the scenario's
 * readings, counting days from the scenario's start.
 */
function simulatedStepsNotBeforeEffectiveDate(drivers?: Readonly<Record<string, Driver>>, moveStart = 0) {
  return fc.property(anyScenario(), (named) => {
    const given = scenarioOf(named);
    const scenario = { ...given, startDate: new Date(Date.parse(given.startDate) - moveStart * DAY_MS).toISOString().slice(0, 10) };
    const effectiveMs = Date.parse(`${effectiveDateOf(scenario.readings)}T00:00:00Z`);
    const startMs = Date.parse(`${scenario.startDate}T00:00:00Z`);
    const dated = (day: number) => new Date(startMs + day * DAY_MS).toISOString();
    const plan = planSimulation(scenario, drivers);
    for (const kind of plan.kinds) {
      for (let i = 0; i < 15; i++) {
        const days: number[] = [];
        const driven = driveCase(kind, scenario, `${kind.kind}-${i}`, caseStream(scenario.seed, 0, kind.index, i), (input) => actorHandle(kind.machine, input), (_, day) => days.push(day));
        for (const day of [driven.startDay, ...days]) {
          if (startMs + day * DAY_MS < effectiveMs) throw new Error(`${kind.kind}-${i} (${driven.path}) is dated ${dated(day)}, before ${effectiveDateOf(scenario.readings)}`);
        }
      }
    }
  });
}

describe('driveCase › §6.10 no simulated step before the effective date', () => {
  it('on embedded scenarios under either effective date, set in the file or by --readings', () => fc.assert(simulatedStepsNotBeforeEffectiveDate(), { numRuns: 40 }));
  it('catches drivers that start every case with the run, on a scenario that starts 200 days before the cable', () => {
    const broken = Object.fromEntries(
      Object.entries(behaviourDrivers).map(([kind, d]): [string, Driver] => [kind, { ...d, drawCase: (draws, context) => ({ ...d.drawCase(draws, context), startDay: 0 }) }]),
    );
    expectToFail(simulatedStepsNotBeforeEffectiveDate(broken, 200));
  });
});
