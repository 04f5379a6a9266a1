import fc from 'fast-check';
import { createActor, createMachine, setup, assign, type AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { applyReadings, caseMachines, durationKeys, probabilityKeys, readings, type DurationKey, type ProbabilityKey } from '../../../machines/index.js';
import { compileMachine, UnsupportedFeatureError, type CompiledTransition } from '../../../src/engine/compileMachine.js';
import { compiledEngine, makeCompiledEngine } from '../../../src/engine/compiledEngine.js';
import type { CaseRunner, Engine } from '../../../src/engine/Engine.js';
import { KindTally } from '../../../src/stats/KindTally.js';
import { CaseStream } from '../../../src/random/caseStream.js';
import { planSimulation } from '../../../src/engine/SimulationPlan.js';
import { xstateEngine } from '../../../src/engine/xstateEngine.js';
import { caseStream } from '../../../src/random/caseStream.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';
import type { Distribution, Scenario } from '../../../src/scenario/Scenario.js';
import { simulate } from '../../../src/simulate/simulate.js';
import { leafName } from '../../../src/structure/machineStructure.js';
import { caseInputs } from '../../laws/arbitraries.js';
import { compoundEvents, compoundMachine } from '../../support/compoundMachine.js';

const probability = fc.double({ min: 0, max: 1, noNaN: true });
const distribution: fc.Arbitrary<Distribution> = fc.oneof(
  fc.record({ dist: fc.constant('exponential' as const), mean: fc.double({ min: 0.5, max: 200, noNaN: true }) }),
  fc.double({ min: 1, max: 100, noNaN: true }).chain((median) => fc.double({ min: median * 1.01, max: median * 5, noNaN: true }).map((p90) => ({ dist: 'lognormal' as const, median, p90 }))),
  fc.record({ dist: fc.constant('fixed' as const), days: fc.integer({ min: 0, max: 60 }) }),
);
/** Random scenarios: any probabilities, durations, horizon, start, readings and crossing shares. */
const scenarios: fc.Arbitrary<Scenario> = fc
  .record({
    seed: fc.integer(),
    horizonDays: fc.integer({ min: 30, max: 2000 }),
    startDate: fc.constantFrom('1955-06-01', '1957-12-17', '1958-03-01', '1961-04-01'),
    probabilities: fc.record(Object.fromEntries(probabilityKeys.map((k) => [k, probability])) as Record<ProbabilityKey, fc.Arbitrary<number>>),
    durations: fc.record(Object.fromEntries(durationKeys.map((k) => [k, distribution])) as Record<DurationKey, fc.Arbitrary<Distribution>>),
    readings: fc.record(Object.fromEntries(Object.entries(readings).map(([id, r]) => [id, fc.constantFrom(...Object.keys(r.options))])) as Record<string, fc.Arbitrary<string>>),
    share: probability,
  })
  .map(({ share, ...s }) => ({
    ...baselineScenario(),
    ...s,
    replications: 2,
    population: {
      chineseResidentInKorea: { count: 40, crossedAfterCableShare: share },
      koreanCitizenInChina: { count: 40, crossedAfterCableShare: share },
      emigrationApplication: { count: 40, submittedWithinDays: 200 },
    },
  }));

/** Law: two engines give the same outcome, path and days for every case. */
function sameCases(a: Engine, b: Engine) {
  return fc.property(scenarios, fc.nat(50), (scenario, index) => {
    const plan = planSimulation(scenario);
    const [runA, runB] = [a.prepare(plan), b.prepare(plan)];
    for (const kind of plan.kinds) {
      for (let i = index; i < index + 5; i++) {
        // A scenario looping in zero time is refused by both engines alike, with the same message.
        const run = (r: typeof runA) => {
          try {
            return r(kind, `c${i}`, caseStream(scenario.seed, 0, kind.index, i));
          } catch (error) {
            return { refused: (error as Error).message };
          }
        };
        expect(run(runB)).toEqual(run(runA));
      }
    }
  });
}

/**
 * Law: a runner's tallier (what replications use) counts exactly what counting its per-case
 * results does — outcomes, times, paths, record checks — for random scenarios, kind by kind.
 */
function talliesAsResults(engine: Engine) {
  return fc.property(scenarios, fc.nat(1000), (scenario, start) => {
    const plan = planSimulation(scenario);
    const run: CaseRunner = engine.prepare(plan);
    const draws = new CaseStream();
    for (const kind of plan.kinds) {
      const tallier = run.tallier!(kind);
      const fast = new KindTally(kind.checks, tallier.pathName);
      const slow = new KindTally(kind.checks);
      const outcome = (count: () => void) => {
        try {
          count();
          return 'ok';
        } catch (error) {
          return (error as Error).message;
        }
      };
      for (let i = start; i < start + 40; i++) {
        const a = outcome(() => tallier.add(draws.reset(scenario.seed, 1, kind.index, i), fast));
        const b = outcome(() => slow.add(run(kind, `c${i}`, draws.reset(scenario.seed, 1, kind.index, i))));
        expect(a).toBe(b);
        if (a !== 'ok') break;
      }
      expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
    }
  });
}

type Compiler = (machine: AnyStateMachine) => ReturnType<typeof compileMachine>;

/**
 * Law: for any input and any sequence of events (accepted or not, in any order), the compiled
 * machine is in the same leaf state as an XState actor after every event, with the same context
 * (hence the same actions, run in the same order) and the same done status.
 */
function sameSteps(machine: AnyStateMachine, inputs: fc.Arbitrary<unknown>, events: readonly string[], compile: Compiler = compileMachine) {
  const m = compile(machine);
  return fc.property(inputs, fc.array(fc.constantFrom(...events), { maxLength: 12 }), (input, sent) => {
    const actor = createActor(machine, { input: input as never }).start();
    const context = m.start(input);
    let state = m.initial;
    const both = () => [leafName(actor.getSnapshot().value), actor.getSnapshot().context, actor.getSnapshot().status === 'done'];
    expect([m.stateNames[state], context, m.final[state] === 1]).toEqual(both());
    for (const type of sent) {
      actor.send({ type });
      const next = m.step(context, state, { type });
      if (next >= 0) state = next;
      expect([m.stateNames[state], context, m.final[state] === 1]).toEqual(both());
    }
    actor.stop();
  });
}
const compoundInputs = fc.record({ caseId: fc.string({ maxLength: 4 }), flagged: fc.boolean(), urgent: fc.boolean() });

describe('compiled machine, step by step, against XState', () => {
  it('agrees on the synthetic compound machine: ancestor transitions after the leaf\u2019s own, id and compound targets, entry/exit order', () => {
    fc.assert(sameSteps(compoundMachine, compoundInputs, [...compoundEvents, 'nobody.listens']), { numRuns: 400 });
  });

  it.each(Object.keys(caseMachines) as (keyof typeof caseMachines)[])('agrees on %s under the default readings and under every reading\u2019s last option', (kind) => {
    const machine = caseMachines[kind];
    const events = [...new Set(machineEvents(machine))];
    for (const selection of [{}, Object.fromEntries(Object.entries(readings).map(([id, r]) => [id, Object.keys(r.options).at(-1)!]))]) {
      fc.assert(sameSteps(applyReadings(machine, selection), caseInputs[kind] as fc.Arbitrary<unknown>, events), { numRuns: 100 });
    }
  });

  it('catches a compiler that tries an ancestor\u2019s transitions before the leaf\u2019s own', () => {
    const ancestorsFirst: Compiler = (machine) => {
      const m = compileMachine(machine);
      m.table.forEach((row, i) => row.forEach((candidates) => (candidates as CompiledTransition[] | undefined)?.sort((a, b) => Number(a.source.from === m.stateNames[i]) - Number(b.source.from === m.stateNames[i]))));
      return m;
    };
    const details = fc.check(sameSteps(compoundMachine, compoundInputs, compoundEvents, ancestorsFirst), { numRuns: 400 });
    expect(details.failed).toBe(true);
    // Shrunk to the one situation where the order matters: waiting, urgent, an intervention.
    expect(details.counterexample?.[0]).toMatchObject({ urgent: true });
    expect(details.counterexample?.[1]).toEqual(['authorities.screen', 'authorities.intervene']);
  });

  it('catches a compiler that skips the compound state\u2019s exit and entry actions', () => {
    const flat: Compiler = (machine) => {
      const m = compileMachine(machine);
      const reopen = m.table[m.stateIds.get('settled')!]![m.eventIds.get('person.reopens')!]!;
      // Exit settled, exit open, record, enter open, enter detected: a flat compiler (exit the
      // source, enter the target) keeps the first, the record and the last only.
      expect(reopen[0]!.actions).toHaveLength(5);
      (reopen as CompiledTransition[])[0] = { ...reopen[0]!, actions: reopen[0]!.actions.filter((_, i) => i === 0 || i === 2 || i === 4) };
      return m;
    };
    expect(fc.check(sameSteps(compoundMachine, compoundInputs, compoundEvents, flat), { numRuns: 400 }).failed).toBe(true);
  });

  it('runs entry and exit actions of every state entered and left, in XState\u2019s order', () => {
    const m = compileMachine(compoundMachine);
    const context = m.start({ caseId: 'x', flagged: false, urgent: true });
    expect(context['log']).toEqual(['enter root', 'enter open', 'enter detected']);
    let s = m.step(context, m.initial, { type: 'authorities.screen' });
    s = m.step(context, s, { type: 'authorities.intervene' });
    expect(m.stateNames[s]).toBe('settled');
    s = m.step(context, s, { type: 'person.reopens' });
    expect(m.stateNames[s]).toBe('detected');
    expect((context['log'] as string[]).slice(3)).toEqual(['exit detected', 'exit settled', 'exit open', 'enter open', 'enter detected']);
    s = m.step(context, s, { type: 'authorities.intervene' });
    expect([m.stateNames[s], m.final[s]]).toEqual(['closed', 1]);
    expect((context['log'] as string[]).slice(8)).toEqual(['exit detected', 'exit open', 'enter closed', 'stamp']);
    expect(context['path']).toEqual(['waiting', 'settled', 'detected', 'closed']);
    expect(m.stateNames).toEqual(['detected', 'waiting', 'settled', 'closed', 'left']);
  });
});

describe('compiled engine', () => {
  it('gives every case the same outcome, path and times as the XState engine, for random scenarios and seeds', () => {
    fc.assert(sameCases(xstateEngine, compiledEngine), { numRuns: 150 });
  });

  it('hence the same JSON but for the engine field', async () => {
    const s = { ...baselineScenario(), replications: 3 };
    const [x, c] = await Promise.all([simulate(s, { engine: 'xstate' }), simulate(s, { engine: 'compiled' })]);
    expect(c.engine).toBe('compiled');
    expect(JSON.stringify({ ...c, engine: 'x' })).toBe(JSON.stringify({ ...x, engine: 'x' }));
  });

  it('counts through its tallier exactly what its per-case results count (what replications use is what the equivalence checks)', () => {
    fc.assert(talliesAsResults(compiledEngine), { numRuns: 60 });
  });

  it('catches a tallier that counts a case under the path one state short', () => {
    const shortPaths: Engine = {
      name: 'short',
      prepare(plan) {
        const run = compiledEngine.prepare(plan);
        return Object.assign((...a: Parameters<CaseRunner>) => run(...a), {
          tallier: (kind: (typeof plan.kinds)[number]) => {
            const t = run.tallier!(kind);
            // Names every path by its parent: a trie node off by one state.
            return { pathName: (id: number) => t.pathName(id).split('>').slice(0, -1).join('>') || t.pathName(id), add: t.add };
          },
        });
      },
    };
    expect(fc.check(talliesAsResults(shortPaths), { numRuns: 60 }).failed).toBe(true);
  });

  it('catches a compiler with one transition retargeted (korea.declines → mobilized)', () => {
    const tampered = makeCompiledEngine((machine) => {
      const m = compileMachine(machine);
      const candidates = m.stateIds.has('consentSought') ? m.table[m.stateIds.get('consentSought')!]![m.eventIds.get('korea.declines')!] : undefined;
      if (candidates) (candidates as CompiledTransition[])[0] = { ...candidates[0]!, target: m.stateIds.get('mobilized')! };
      return m;
    });
    const details = fc.check(sameCases(xstateEngine, tampered), { numRuns: 500 });
    expect(details.failed).toBe(true);
    expect(fc.defaultReportMessage(details)).toMatch(/seed/);
  });

  it('catches a driver whose fact key leaves a fact out (its lowest bit: the crime\u2019s side, or isJustified): the run is refused, not decided by another input\u2019s class', () => {
    const base = baselineScenario();
    // Both sides of a crime drawn (the baseline puts every crime at home).
    const plan = planSimulation({ ...base, replications: 1, probabilities: { ...base.probabilities, crimeOnHostSide: 0.5 } });
    const run = compiledEngine.prepare(plan);
    const draws = new CaseStream();
    for (const kind of plan.kinds) {
      const broken = {
        ...kind,
        driver: {
          ...kind.driver,
          drawCase: (...a: Parameters<typeof kind.driver.drawCase>) => {
            const drawn = kind.driver.drawCase(...a);
            return { ...drawn, factKey: drawn.factKey! - (drawn.factKey! % 2) };
          },
        },
      };
      const tallier = run.tallier!(broken);
      const tally = new KindTally(kind.checks, tallier.pathName);
      expect(() => {
        for (let i = 0; i < 5000; i++) tallier.add(draws.reset(1, 0, kind.index, i), tally);
      }).toThrow(/fact key \d+ was given to two different inputs \(they differ in (crimeWhere|isJustified)/);
      // The drivers' own keys run the same cases through.
      const fine = run.tallier!(kind);
      for (let i = 0; i < 5000; i++) fine.add(draws.reset(1, 0, kind.index, i), new KindTally(kind.checks, fine.pathName));
    }
  });

  it('runs the machines\u2019 own guards and actions, readings included', () => {
    const m = compileMachine(applyReadings(caseMachines.chineseResidentInKorea, { postCableCrossings: 'sameAsEarlierCrossers' }));
    const context = m.start({ caseId: 'x', crossedOn: '1958-05-01', hasCrimeOrPendingCase: false });
    let s = m.step(context, m.initial, { type: 'authorities.screen' });
    expect(m.stateNames[s]).toBe('mobilized');
    s = m.step(context, s, { type: 'person.agreesToReturn' });
    // Model version 2: whenever a case is punished, 4b is in its basis.
    expect([m.stateNames[s], context['basis'], context['punishment']]).toEqual(['repatriated', ['1a', '4b'], 'severe']);
    expect(m.step(context, s, { type: 'authorities.screen' })).toBe(-1);
  });

  it('runs a targetless transition: its actions run, the state stays (a host-side crime under clause3Scope=homeCountry)', () => {
    const m = compileMachine(applyReadings(caseMachines.chineseResidentInKorea, { clause3Scope: 'homeCountry' }));
    const context = m.start({ caseId: 'x', crossedOn: '1957-06-01', hasCrimeOrPendingCase: false, crimeWhere: 'host' });
    const s = m.step(context, m.initial, { type: 'authorities.screen' });
    expect(m.stateNames[s]).toBe('mobilized');
    expect(m.step(context, s, { type: 'authorities.establishCrimeOrPendingCase' })).toBe(s);
    expect([context['basis'], context['path'], context['lastClauses']]).toEqual([['1a', '4a'], ['mobilized'], ['4a']]);
  });

  describe('refuses what it cannot compile, naming the feature and the state', () => {
    it.each([
      ['delayed transitions', createMachine({ id: 'm', initial: 'a', states: { a: { after: { 1000: 'b' } }, b: {} } }), 'm: state "a" uses "after"'],
      ['eventless transitions', createMachine({ id: 'm', initial: 'a', states: { a: { always: 'b' }, b: {} } }), 'm: state "a" uses "always"'],
      ['nested final states', createMachine({ id: 'm', initial: 'a', states: { a: { initial: 'x', states: { x: { type: 'final' } } } } }), 'm: state "a.x" uses a final state inside a compound state'],
      ['wildcard events', createMachine({ id: 'm', initial: 'a', states: { a: { on: { '*': 'b' } }, b: {} } }), 'm: state "a" uses the wildcard event "*"'],
      ['parallel states', createMachine({ id: 'm', initial: 'p', states: { p: { type: 'parallel', states: { a: {}, b: {} } } } }), 'm: state "p" uses a parallel state'],
      ['parallel roots', createMachine({ id: 'm', type: 'parallel', states: { a: {}, b: {} } }), 'm: the root uses no initial state'],
      ['invoked actors', createMachine({ id: 'm', initial: 'a', states: { a: { invoke: { src: 'x' } } } }), 'm: state "a" uses "invoke"'],
      ['built-in actions', createMachine({ id: 'm', initial: 'a', states: { a: { entry: { type: 'xstate.raise', event: { type: 'x' } } as never } } }), 'm: state "a" uses an action'],
    ])('%s', (_, machine, message) => {
      expect(() => compileMachine(machine)).toThrow(UnsupportedFeatureError);
      expect(() => compileMachine(machine)).toThrow(message);
    });
    it('and compiles what it supports: assign objects, inline guards, root transitions, entry and exit', () => {
      const m = setup({ types: { context: {} as { n: number; log: string[] } } }).createMachine({
        id: 'ok',
        context: { n: 0, log: [] },
        initial: 'a',
        on: { reset: '.a' },
        states: {
          a: { exit: assign({ log: ({ context }) => [...context.log, 'exit a'] }), on: { go: { guard: ({ context }) => context.n < 1, target: 'b', actions: assign({ n: ({ context }) => context.n + 1 }) } } },
          b: { entry: assign({ log: ({ context }) => [...context.log, 'enter b'] }) },
        },
      });
      const c = compileMachine(m);
      const ctx = c.start(undefined);
      const s = c.step(ctx, c.initial, { type: 'go' });
      expect([c.stateNames[s], ctx]).toEqual(['b', { n: 1, log: ['exit a', 'enter b'] }]);
      expect(c.stateNames[c.step(ctx, s, { type: 'reset' })]).toBe('a');
      expect(c.step(ctx, c.initial, { type: 'go' })).toBe(-1);
    });
  });
});

/** Every event a machine handles somewhere. */
function machineEvents(machine: AnyStateMachine): string[] {
  const out: string[] = [];
  const visit = (node: AnyStateMachine['root']) => {
    out.push(...node.transitions.keys());
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(machine.root);
  return out;
}
