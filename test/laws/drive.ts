import { createActor, type AnyStateMachine } from 'xstate';

/** Drives a machine with named events and returns the last snapshot's value, status and output. */
export function drive(machine: AnyStateMachine, input: unknown, events: readonly string[]) {
  const actor = createActor(machine, { input }).start();
  for (const type of events) actor.send({ type });
  const s = actor.getSnapshot();
  actor.stop();
  return { state: String(s.value), status: s.status, output: s.output, context: s.context as Record<string, unknown> };
}
