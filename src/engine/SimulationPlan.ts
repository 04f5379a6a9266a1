import type { AnyStateMachine } from 'xstate';
import { applyReadings, behaviourDrivers, caseMachines, type Driver } from '../../machines/index.js';
import { describeMachine, type MachineDescription } from '../structure/describeMachine.js';
import { transitionsIn } from '../structure/machineStructure.js';
import type { Scenario } from '../scenario/Scenario.js';
import { checkCounters } from '../record/checkCounters.js';
import type { CheckCounter } from '../stats/KindTally.js';

/** One case kind, ready to simulate: machine with the scenario's readings, driver, settings. */
export interface KindPlan {
  /** The case kind. */
  readonly kind: string;
  /** Its position in the kinds (part of every case's random-stream key). */
  readonly index: number;
  /** The machine with the scenario's readings applied. */
  readonly machine: AnyStateMachine;
  /** Its states and transitions. */
  readonly description: MachineDescription;
  /** What people and the Korean side do. */
  readonly driver: Driver;
  /** Cases per replication. */
  readonly count: number;
  /** The kind's population settings. */
  readonly population: Readonly<Record<string, number>>;
  /** Outcomes in display order: final and settled states. */
  readonly outcomes: readonly string[];
  /** The scenario's record checks on this kind, ready to count. */
  readonly checks: readonly CheckCounter[];
}

/** A scenario made ready to run: one plan per kind, in registry order. */
export interface SimulationPlan {
  /** The resolved scenario. */
  readonly scenario: Scenario;
  /** The kinds to simulate. */
  readonly kinds: readonly KindPlan[];
}

// A machine with readings applied, and its description, are the same for every scenario with those
// readings: calibrate and sweeps plan thousands of points that differ only in numbers, and reusing
// the machine lets the compiled engine reuse its compiled tables (and V8 its optimized code).
const withReadings = new Map<string, { machine: AnyStateMachine; description: MachineDescription }>();

/** A kind's machine under a selection of readings, with its description: made once per selection. */
function machineWithReadings(kind: string, selection: Readonly<Record<string, string>>) {
  const key = `${kind}\u0000${JSON.stringify(Object.entries(selection).sort())}`;
  let entry = withReadings.get(key);
  if (!entry) {
    const machine = applyReadings((caseMachines as Record<string, AnyStateMachine>)[kind]!, selection);
    entry = { machine, description: describeMachine(machine) };
    // Selections are few (the readings' options multiplied); a bound keeps a long process safe anyway.
    if (withReadings.size >= 256) withReadings.clear();
    withReadings.set(key, entry);
  }
  return entry;
}

/**
 * Prepares a scenario: applies its readings to each machine and pairs it with its driver
 * (`drivers` replaces the behaviour of `machines/behaviour`, e.g. to explore other assumptions).
 * Throws when a driver names a state the machine lacks or an event it does not handle there —
 * a mismatch between behaviour and policy that must not pass silently.
 */
export function planSimulation(scenario: Scenario, drivers: Readonly<Record<string, Driver>> = behaviourDrivers): SimulationPlan {
  const kinds = Object.keys(caseMachines).map((kind, index): KindPlan => {
    const { machine, description } = machineWithReadings(kind, scenario.readings);
    const driver = drivers[kind];
    if (!driver) throw new Error(`no behaviour driver for case kind "${kind}"`);
    for (const [state, waiting] of Object.entries(driver.waiting)) {
      // A case waits only in a leaf state; a leaf inside `open` also handles `open`'s events.
      if (!description.states.some((s) => s.name === state && s.leaf)) throw new Error(`${kind} driver: no leaf state "${state}" in the machine`);
      for (const c of waiting.choices) {
        if (c.event !== null && !transitionsIn(description, state).some((t) => t.event === c.event)) {
          throw new Error(`${kind} driver: state "${state}" does not handle "${c.event}"`);
        }
      }
    }
    return {
      kind,
      index,
      machine,
      description,
      driver,
      count: scenario.population[kind]?.['count'] ?? 0,
      population: scenario.population[kind] ?? {},
      outcomes: description.states.filter((s) => s.final || s.settled).map((s) => s.name),
      checks: checkCounters(scenario, kind),
    };
  });
  return { scenario, kinds };
}
