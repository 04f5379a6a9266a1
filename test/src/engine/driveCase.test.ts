import { describe, expect, it } from 'vitest';
import { compiledEngine } from '../../../src/engine/compiledEngine.js';
import type { KindPlan } from '../../../src/engine/SimulationPlan.js';
import { makeXStateEngine, xstateEngine } from '../../../src/engine/xstateEngine.js';
import { caseStream } from '../../../src/random/caseStream.js';
import { describeMachine } from '../../../src/structure/describeMachine.js';
import { compoundDriver, compoundMachine } from '../../support/compoundMachine.js';
import { InputError } from '../../../src/InputError.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';
import type { Scenario } from '../../../src/scenario/Scenario.js';
import { simulate } from '../../../src/simulate/simulate.js';

/** The baseline without one key, as an untyped (JavaScript) caller could pass it. */
function without(group: 'probabilities' | 'durations', key: string): Scenario {
  const b = baselineScenario();
  const { [key]: _, ...rest } = b[group] as Record<string, unknown>;
  return { ...b, replications: 1, [group]: rest } as unknown as Scenario;
}

describe('driveCase', () => {
  describe.each(['compiled', 'xstate'])('on the %s engine, refuses a scenario that lacks a key instead of reading it as 0', (engine) => {
    it('a probability', async () => {
      const run = simulate(without('probabilities', 'agreesToReturn'), { engine });
      await expect(run).rejects.toThrow(InputError);
      await expect(simulate(without('probabilities', 'agreesToReturn'), { engine })).rejects.toThrow('scenario "baseline": probabilities.agreesToReturn is missing');
    });
    it('a duration', async () => {
      await expect(simulate(without('durations', 'screening'), { engine })).rejects.toThrow('scenario "baseline": durations.screening is missing');
    });
  });
  it('runs the whole scenario when every key is there', async () => {
    const result = await simulate({ ...baselineScenario(), replications: 1 });
    expect(Object.keys(result.outcomes)).toEqual(Object.keys(baselineScenario().population));
  });
});

describe('driveCase on a machine with depth', () => {
  const description = describeMachine(compoundMachine);
  const kind: KindPlan = {
    kind: 'compound',
    index: 0,
    machine: compoundMachine,
    description,
    driver: compoundDriver,
    count: 1,
    population: {},
    outcomes: description.states.filter((s) => s.final || s.settled).map((s) => s.name),
  };
  const scenario = { ...baselineScenario(), probabilities: { ...baselineScenario().probabilities, crimeEstablishedLater: 0.3, hasCrimeOrPendingCase: 0.2 } };
  const plan = { scenario, kinds: [kind] };
  const leaves = new Set(description.states.filter((s) => s.leaf).map((s) => s.name));

  it('waits in leaf states, records paths of leaf names, and both engines agree case by case', () => {
    const [x, c] = [xstateEngine.prepare(plan), compiledEngine.prepare(plan)];
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const rx = x(kind, `c${i}`, caseStream(7, 0, 0, i));
      expect(c(kind, `c${i}`, caseStream(7, 0, 0, i))).toEqual(rx);
      for (const state of rx.path.split('>')) expect(leaves).toContain(state);
      seen.add(rx.path);
    }
    // The intervention on `open` strikes from several leaves; the reopened case starts over at `detected`.
    expect(seen).toContain('detected>closed');
    expect([...seen].some((p) => /waiting>closed$/.test(p))).toBe(true);
    expect([...seen].some((p) => p.includes('settled>detected'))).toBe(true);
  });

  it('runs with the run-time monitor attached (which names leaf states)', () => {
    const run = makeXStateEngine({ check: true }).prepare(plan);
    for (let i = 0; i < 20; i++) expect(run(kind, `m${i}`, caseStream(7, 0, 0, i)).path).toMatch(/^detected/);
  });
});
