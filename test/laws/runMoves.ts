import { createActor, type AnyStateMachine } from 'xstate';
import { describeMachine } from '../../src/structure/describeMachine.js';

/**
 * One step of a generated run: a named event; "the pick-th event the current state accepts"
 * (events every open state accepts are left out, so that random runs go deep); the pick-th of
 * the events every open state accepts (like clause 3's override); or the previous event again.
 */
export type Move =
  | { readonly send: string }
  | { readonly enabled: number }
  | { readonly everywhere: number }
  | { readonly again: true };

/** What a run did: every state visited, the events that moved the case, and the last snapshot. */
export interface RunRecord {
  /** State values visited, the initial state first; a value repeats only when re-entered. */
  readonly visited: readonly string[];
  /** Each step as `[event, stateBefore, stateAfter]`, for events that changed the state. */
  readonly steps: readonly (readonly [string, string, string])[];
  /** Event types actually sent, in order (ignored ones included). */
  readonly sent: readonly string[];
  /** The final state value. */
  readonly state: string;
  /** The actor status at the end. */
  readonly status: string;
  /** The machine output, when the run reached a final state. */
  readonly output: unknown;
}

const eventsByState = new WeakMap<AnyStateMachine, Map<string, string[]>>();
const eventsEverywhere = new WeakMap<AnyStateMachine, string[]>();

/**
 * The events a state accepts in its own `on`, in document order, leaving out those that every
 * open state accepts (unless nothing else is left).
 */
export function ownEvents(machine: AnyStateMachine, state: string): readonly string[] {
  let table = eventsByState.get(machine);
  if (!table) {
    table = new Map();
    for (const t of describeMachine(machine).transitions) {
      if (t.from === null) continue;
      const list = table.get(t.from) ?? [];
      if (!list.includes(t.event)) list.push(t.event);
      table.set(t.from, list);
    }
    const lists = [...table.values()];
    const everywhere = lists.length > 1 ? (lists[0] ?? []).filter((e) => lists.every((l) => l.includes(e))) : [];
    for (const [state, list] of table) {
      const specific = list.filter((e) => !everywhere.includes(e));
      table.set(state, specific.length > 0 ? specific : list);
    }
    eventsByState.set(machine, table);
    eventsEverywhere.set(machine, everywhere);
  }
  return table.get(state) ?? [];
}

/** The events every open state of the machine accepts (clause 3's override, for instance). */
export function ubiquitousEvents(machine: AnyStateMachine): readonly string[] {
  ownEvents(machine, '');
  return eventsEverywhere.get(machine) ?? [];
}

/**
 * Drives a fresh actor with `moves` and records what happened. `enabled` moves pick among the
 * events the current state accepts, so random runs go deep; `send` moves deliver any event —
 * valid, irrelevant, repeated or out of order.
 */
export function runMoves(machine: AnyStateMachine, input: unknown, moves: readonly Move[]): RunRecord {
  const actor = createActor(machine, { input }).start();
  const valueOf = () => String(actor.getSnapshot().value);
  const visited = [valueOf()];
  const steps: [string, string, string][] = [];
  const sent: string[] = [];
  for (const move of moves) {
    let type: string;
    if ('send' in move) type = move.send;
    else if ('again' in move) {
      if (sent.length === 0) continue;
      type = sent[sent.length - 1]!;
    } else if ('everywhere' in move) {
      const options = ubiquitousEvents(machine);
      if (options.length === 0) continue;
      type = options[move.everywhere % options.length]!;
    } else {
      const options = ownEvents(machine, valueOf());
      if (options.length === 0) continue;
      type = options[move.enabled % options.length]!;
    }
    const before = valueOf();
    sent.push(type);
    // A done actor takes no events (XState warns and ignores them): that it stays put is
    // checked separately, with the pure `transition()`, by the absorption law.
    if (actor.getSnapshot().status !== 'active') continue;
    actor.send({ type });
    const after = valueOf();
    if (after !== before) {
      visited.push(after);
      steps.push([type, before, after]);
    }
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { visited, steps, sent, state: String(snapshot.value), status: snapshot.status, output: snapshot.output };
}
