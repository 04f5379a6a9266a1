import type { AnyStateMachine } from 'xstate';
import { compileMachine, type CompiledMachine } from './compileMachine.js';
import { caseResult, driveCase } from './driveCase.js';
import type { Engine } from './Engine.js';

/**
 * A compiled engine over a given compiler (tests pass a deliberately broken one to show that the
 * equivalence with the XState engine is checked).
 */
export function makeCompiledEngine(compile: (machine: AnyStateMachine) => CompiledMachine = compileMachine): Engine {
  // Plans that share a machine (the same readings) share its compiled tables.
  const cache = new WeakMap<AnyStateMachine, CompiledMachine>();
  const compiledOnce = (machine: AnyStateMachine) => {
    let m = cache.get(machine);
    if (!m) cache.set(machine, (m = compile(machine)));
    return m;
  };
  return {
    name: 'compiled',
    prepare(plan) {
      const compiled = new Map<string, CompiledMachine>(plan.kinds.map((k) => [k.kind, compiledOnce(k.machine)]));
      // Driver events carry no payload: one event object per type serves every case.
      const events = new Map<string, { type: string }>();
      const eventOf = (type: string) => {
        let e = events.get(type);
        if (!e) events.set(type, (e = Object.freeze({ type })));
        return e;
      };
      return (kind, caseId, draws) => {
        const m = compiled.get(kind.kind)!;
        let state = m.initial;
        const driven = driveCase(kind, plan.scenario, caseId, draws, (input) => {
          const context = m.start(input);
          return {
            state: () => m.stateNames[state]!,
            done: () => m.final[state] === 1,
            send: (type) => {
              const next = m.step(context, state, eventOf(type));
              if (next < 0) return null;
              state = next;
              return m.stateNames[state]!;
            },
          };
        });
        return caseResult(kind, m.stateNames[state]!, m.final[state] === 1, driven);
      };
    },
  };
}

/**
 * The compiled engine: each kind's machine (with the scenario's readings) is compiled once to
 * integer tables that call the machine's own guards and actions; cases then run through the same
 * driver loop and random streams as the XState engine, so results are identical.
 */
export const compiledEngine: Engine = makeCompiledEngine();
