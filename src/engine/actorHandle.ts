import { createActor, type AnyActorRef, type AnyMachineSnapshot, type AnyStateMachine, type InspectionEvent } from 'xstate';
import { leafName } from '../structure/machineStructure.js';
import type { CaseHandle } from './driveCase.js';

/** Starts an XState actor for a case and wraps it as the handle `driveCase` drives. */
export function actorHandle(
  machine: AnyStateMachine,
  input: Record<string, unknown>,
  inspect?: (event: InspectionEvent) => void,
): CaseHandle & { readonly actor: AnyActorRef } {
  const actor = createActor(machine, { input, ...(inspect ? { inspect } : {}) }).start();
  const snapshot = () => actor.getSnapshot() as AnyMachineSnapshot;
  return {
    actor,
    state: () => leafName(snapshot().value),
    done: () => snapshot().status === 'done',
    send: (type) => {
      const before = snapshot();
      actor.send({ type });
      // XState keeps the very same snapshot when no transition is enabled; a targetless one that
      // acts makes a new snapshot in the same state.
      const after = snapshot();
      return after === before ? null : leafName(after.value);
    },
  };
}
