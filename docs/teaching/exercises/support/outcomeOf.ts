import { createActor, type AnyStateMachine } from 'xstate';

/** Where a run of events on a machine ended: the leaf state, whether it is done, and the case record. */
export interface RunEnd {
  /** The leaf state the case is in. */
  readonly state: string;
  /** The actor's status: `done` in a final state. */
  readonly status: string;
  /** The states entered, in order (the case record's path). */
  readonly path: readonly string[];
  /** The clause basis. */
  readonly basis: readonly string[];
  /** 4b's mark, if any. */
  readonly punishment?: string;
  /** The index of the first event the state did not accept, when `strict` (else -1). */
  readonly refusedAt: number;
  /** The state that did not accept it. */
  readonly refusedIn?: string;
}

/** The leaf of a snapshot value: `{ open: 'mobilized' }` is in `mobilized`. */
export const leafOf = (value: unknown): string =>
  typeof value === 'string' ? value : leafOf(Object.values(value as Record<string, unknown>)[0]);

/**
 * Runs `events` through a fresh actor of `machine` with `input`. With `strict`, stops at the first
 * event the current state does not accept (XState would ignore it silently).
 */
export function outcomeOf(machine: AnyStateMachine, input: object, events: readonly string[], strict = false): RunEnd {
  const actor = createActor(machine, { input }).start();
  let refusedAt = -1;
  let refusedIn: string | undefined;
  for (const [i, type] of events.entries()) {
    const snapshot = actor.getSnapshot();
    if (snapshot.status !== 'active' || !snapshot.can({ type })) {
      if (strict) {
        refusedAt = i;
        refusedIn = leafOf(snapshot.value);
        break;
      }
      if (snapshot.status !== 'active') continue;
    }
    actor.send({ type });
  }
  const { value, status, context } = actor.getSnapshot();
  actor.stop();
  const c = context as { path?: string[]; basis?: string[]; punishment?: string };
  return {
    state: leafOf(value),
    status,
    path: c.path ?? [],
    basis: c.basis ?? [],
    ...(c.punishment ? { punishment: c.punishment } : {}),
    refusedAt,
    ...(refusedIn ? { refusedIn } : {}),
  };
}
