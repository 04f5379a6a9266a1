import type { AnyStateMachine } from 'xstate';
import { caseFacts, caseMachines, type FactSpec } from '../../machines/index.js';
import { InputError } from '../InputError.js';
import { describeMachine, type MachineDescription } from '../structure/describeMachine.js';

/** What generic code needs of a case kind: its machine, its facts, its structure. */
export interface CaseModel {
  /** The case kind. */
  readonly kind: string;
  /** The machine (default readings). */
  readonly machine: AnyStateMachine;
  /** The input facts. */
  readonly facts: Readonly<Record<string, FactSpec>>;
  /** States and transitions with their clauses. */
  readonly description: MachineDescription;
  /** Every event type the machine handles somewhere. */
  readonly events: readonly string[];
}

const cache = new Map<string, CaseModel>();

/** Every case kind the registry in `machines/` defines. */
export function caseKindNames(): string[] {
  return Object.keys(caseMachines);
}

/** Looks a case kind up; an unknown kind is an InputError that lists the kinds. */
export function caseModel(kind: string): CaseModel {
  const cached = cache.get(kind);
  if (cached) return cached;
  const machine = (caseMachines as Record<string, AnyStateMachine>)[kind];
  const facts = (caseFacts as Record<string, Readonly<Record<string, FactSpec>>>)[kind];
  if (!machine || !facts || !Object.hasOwn(caseMachines, kind)) {
    throw new InputError(`unknown case kind "${kind}"; the kinds are: ${caseKindNames().join(', ')}`);
  }
  const description = describeMachine(machine);
  const model = { kind, machine, facts, description, events: [...new Set(description.transitions.map((t) => t.event))] };
  cache.set(kind, model);
  return model;
}
