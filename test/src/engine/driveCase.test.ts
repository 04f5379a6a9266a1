import { assign, createMachine, type AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Driver } from '../../../machines/index.js';
import { actorHandle } from '../../../src/engine/actorHandle.js';
import { compileMachine } from '../../../src/engine/compileMachine.js';
import { driveCase } from '../../../src/engine/driveCase.js';
import { planSimulation } from '../../../src/engine/SimulationPlan.js';
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
    checks: [],
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

describe('driveCase with targetless transitions (a step that keeps the state)', () => {
  /** A kind over any machine and driver, as planSimulation would pair them. */
  const kindOf = (machine: AnyStateMachine, driver: Driver): KindPlan => {
    const description = describeMachine(machine);
    return { kind: machine.id, index: 0, machine, description, driver, count: 1, population: {}, outcomes: description.states.filter((s) => s.final || s.settled).map((s) => s.name), checks: [] };
  };
  // `note` only acts (counts itself); `go` leaves. The driver only ever notes.
  const noting = createMachine({
    id: 'noting',
    context: { notes: 0 },
    initial: 'a',
    states: { a: { on: { note: { actions: assign({ notes: ({ context }) => context.notes + 1 }) }, go: 'b' } }, b: { type: 'final' } },
  });
  const noteOnly: Driver = {
    population: {},
    drawCase: (_draws, context) => ({ input: { caseId: context.caseId }, startDay: 0 }),
    waiting: { a: { duration: 'screening', choices: [{ event: 'note', p: 'rest' }] } },
  };
  const withScreening = (screening: Scenario['durations']['screening']): Scenario => ({ ...baselineScenario(), horizonDays: 100, durations: { ...baselineScenario().durations, screening } });

  it.each([
    ['an XState actor', (m: AnyStateMachine) => (input: Record<string, unknown>) => actorHandle(m, input)],
    ['the compiled machine', (m: AnyStateMachine) => {
      const c = compileMachine(m);
      return (input: Record<string, unknown>) => {
        const context = c.start(input);
        let state = c.initial;
        return { state: () => c.stateNames[state]!, done: () => c.final[state] === 1, send: (type: string) => { const next = c.step(context, state, { type }); if (next < 0) return null; state = next; return c.stateNames[state]!; } };
      };
    }],
  ] as const)('on %s: each stay is a step that takes time, until the horizon; the path lists states entered', (_, handleOf) => {
    const steps: number[] = [];
    const driven = driveCase(kindOf(noting, noteOnly), withScreening({ dist: 'fixed', days: 7 }), 'n1', caseStream(1, 0, 0, 0), handleOf(noting), (event, day) => {
      expect(event).toBe('note');
      steps.push(day);
    });
    expect(steps).toEqual(Array.from({ length: 14 }, (_, i) => 7 * (i + 1)));
    expect(driven).toEqual({ path: 'a', enteredAt: 0, startDay: 0 });
  });

  it('does not loop forever on a stay that takes no time: the case rests after one such step', () => {
    const steps: number[] = [];
    const driven = driveCase(kindOf(noting, noteOnly), withScreening({ dist: 'fixed', days: 0 }), 'n2', caseStream(1, 0, 0, 0), (input) => actorHandle(noting, input), (_, day) => steps.push(day));
    expect([steps, driven.path]).toEqual([[0], 'a']);
  });

  it('still refuses an event the state ignores, naming it', () => {
    const ignored: Driver = { ...noteOnly, waiting: { a: { duration: 'screening', choices: [{ event: 'poke', p: 'rest' }] } } };
    expect(() => driveCase(kindOf(noting, ignored), withScreening({ dist: 'fixed', days: 1 }), 'n3', caseStream(1, 0, 0, 0), (input) => actorHandle(noting, input))).toThrow('noting: "poke" does nothing in state "a"');
  });

  it('runs the crossers\u2019 host-side crimes under clause3Scope=homeCountry (4a recorded, the case goes on), the engines agreeing case by case', () => {
    const base = baselineScenario();
    const scenario: Scenario = { ...base, readings: { ...base.readings, clause3Scope: 'homeCountry' }, probabilities: { ...base.probabilities, hasCrimeOrPendingCase: 0, crimeOnHostSide: 1, crimeEstablishedLater: 1 } };
    const plan = planSimulation(scenario);
    const [x, c] = [xstateEngine.prepare(plan), compiledEngine.prepare(plan)];
    for (const kind of plan.kinds.slice(0, 2)) {
      let struck = 0;
      for (let i = 0; i < 100; i++) {
        const events: string[] = [];
        driveCase(kind, scenario, `h${i}`, caseStream(3, 0, kind.index, i), (input) => actorHandle(kind.machine, input), (event) => events.push(event));
        // The crime strikes at a uniform time before the horizon: in cases still open then, it is a step and more may follow.
        if (events.includes('authorities.establishCrimeOrPendingCase')) struck++;
        const rx = x(kind, `h${i}`, caseStream(3, 0, kind.index, i));
        expect(c(kind, `h${i}`, caseStream(3, 0, kind.index, i))).toEqual(rx);
        // The crime lies on the host side: clause 3 never repatriates, so the case does not end at the interrupt.
        expect(rx.path.split('>').filter((s, j, all) => s === all[j - 1])).toEqual([]);
      }
      expect(struck).toBeGreaterThan(10);
    }
  });

  it('gives the drivers the effective date of the scenario\u2019s readings', () => {
    const dates: (string | undefined)[] = [];
    const spy: Driver = { ...noteOnly, drawCase: (draws, context) => (dates.push(context.effectiveDate), noteOnly.drawCase(draws, context)) };
    for (const effectiveDate of ['issued', 'received']) {
      const scenario = { ...withScreening({ dist: 'fixed', days: 50 }), readings: { ...baselineScenario().readings, effectiveDate } };
      // A fresh kind each time: the fact context is made once per kind.
      driveCase(kindOf(noting, spy), scenario, 'e', caseStream(1, 0, 0, 0), (input) => actorHandle(noting, input));
    }
    expect(dates).toEqual(['1957-12-17', '1957-12-21']);
  });
});
