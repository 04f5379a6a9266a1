import type { AnyStateMachine } from 'xstate';
import { compileMachine, type CompiledMachine } from './compileMachine.js';
import { CompiledKind } from './CompiledKind.js';
import { FactTables } from './FactTables.js';
import type { CaseRunner, CaseTallier, Engine } from './Engine.js';
import type { KindPlan } from './SimulationPlan.js';

/** A compiled machine's event types by event id. */
export function eventTypes(m: CompiledMachine): string[] {
  return [...m.eventIds.entries()].sort((a, b) => a[1] - b[1]).map(([type]) => type);
}

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
  // Driver events carry no payload: one event object per type serves every case.
  const events = new Map<string, { type: string }>();
  const eventOf = (type: string) => {
    let e = events.get(type);
    if (!e) events.set(type, (e = Object.freeze({ type })));
    return e;
  };
  // A machine's fact classes depend on the machine and the facts alone, not on the scenario's
  // numbers: calibrate and sweeps run thousands of plans on one machine and share its classes.
  const tables = new WeakMap<CompiledMachine, FactTables>();
  const tablesOf = (m: CompiledMachine) => {
    let t = tables.get(m);
    if (!t) tables.set(m, (t = new FactTables(m, eventOf, eventTypes(m))));
    return t;
  };
  return {
    name: 'compiled',
    prepare(plan) {
      // Each kind is made ready when its first case runs (a plan may run one kind only).
      const kinds = new Map<KindPlan, CompiledKind>();
      const ready = (kind: KindPlan) => {
        let k = kinds.get(kind);
        if (!k) {
          const m = compiledOnce(kind.machine);
          kinds.set(kind, (k = new CompiledKind(kind, plan.scenario, m, tablesOf(m))));
        }
        return k;
      };
      const run = (kind: KindPlan, _caseId: string, draws: Parameters<CaseRunner>[2]) => {
        const k = ready(kind);
        k.run(draws);
        return k.result();
      };
      const tallier = (kind: KindPlan): CaseTallier => {
        const k = ready(kind);
        return {
          pathName: (id) => k.trie.name(id),
          add: (draws, tally) => {
            k.run(draws);
            k.countInto(tally);
          },
        };
      };
      return Object.assign(run, { tallier });
    },
  };
}

/**
 * The compiled engine: each kind's machine (with the scenario's readings) is compiled once to
 * integer tables that call the machine's own guards; its guards are decided once per class of
 * facts (`FactTables`), and cases then run over integer state, event and path ids through the
 * same drivers, random streams and duration sampling as the XState engine, so results are identical.
 */
export const compiledEngine: Engine = makeCompiledEngine();
