import { createActor, type AnyStateMachine } from 'xstate';
import { leafOf } from './machineShape.js';

/** Drives a machine with named events and returns the last snapshot's leaf state, status and output. */
export function drive(machine: AnyStateMachine, input: unknown, events: readonly string[]) {
  const actor = createActor(machine, { input }).start();
  for (const type of events) actor.send({ type });
  const s = actor.getSnapshot();
  actor.stop();
  return { state: leafOf(s.value), status: s.status, output: s.output, context: s.context as Record<string, unknown> };
}
