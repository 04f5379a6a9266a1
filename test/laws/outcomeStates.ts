import type { AnyStateMachine } from 'xstate';
import { machineShape } from './machineShape.js';

/** The states a run may end in as an outcome: final states and settled ones (`meta.settled`). */
export function outcomeStates(machine: AnyStateMachine): string[] {
  return machineShape(machine)
    .states.filter((s) => s.final || s.settled)
    .map((s) => s.name);
}
