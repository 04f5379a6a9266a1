import { createActor, type AnyStateMachine } from 'xstate';
import { leafOf, machineShape } from './machineShape.js';

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
  /** Leaf states visited, the initial one first; a state repeats only when re-entered. */
  readonly visited: readonly string[];
  /** Each step as `[event, stateBefore, stateAfter]`, for events that changed the state. */
  readonly steps: readonly (readonly [string, string, string])[];
  /** Event types actually sent, in order (ignored ones included). */
  readonly sent: readonly string[];
  /** The leaf state the run ended in. */
  readonly state: string;
  /** The actor status at the end. */
  readonly status: string;
  /** The machine output, when the run reached a final state. */
  readonly output: unknown;
  /** The last snapshot's context (facts and case record). */
  readonly context: Readonly<Record<string, unknown>>;
  /**
   * Each event a state handled, as `[event, stateBefore, stateAfter]`: the steps, and targetless
   * transitions too (the snapshot changed, the state did not).
   */
  readonly handled: readonly (readonly [string, string, string])[];
}

const eventsByState = new WeakMap<AnyStateMachine, Map<string, string[]>>();
const eventsEverywhere = new WeakMap<AnyStateMachine, string[]>();

/**
 * The events a leaf state accepts in its own `on`, in document order, leaving out those that
 * every open state accepts (unless nothing else is left).
 */
export function ownEvents(machine: AnyStateMachine, state: string): readonly string[] {
  let table = eventsByState.get(machine);
  if (!table) {
    const shape = machineShape(machine);
    const open = shape.states.filter((s) => !s.compound && !s.final).map((s) => s.name);
    table = new Map(open.map((s) => [s, [] as string[]]));
    // Events written on a compound state or the root hold in every state inside (clause 3 on `open`).
    const inherited: string[] = [];
    for (const t of shape.transitions) {
      const list = t.from !== null && table.has(t.from) ? table.get(t.from)! : inherited;
      if (!list.includes(t.event)) list.push(t.event);
    }
    const lists = [...table.values()];
    const common = lists.length > 1 ? (lists[0] ?? []).filter((e) => lists.every((l) => l.includes(e))) : [];
    const everywhere = [...new Set([...inherited, ...common])];
    for (const [state, list] of table) {
      const specific = list.filter((e) => !everywhere.includes(e));
      table.set(state, specific.length > 0 ? specific : list.length > 0 ? list : everywhere);
    }
    eventsByState.set(machine, table);
    eventsEverywhere.set(machine, everywhere);
  }
  return table.get(state) ?? [];
}

/** The events every open state of the machine accepts (clause 3 on `open`, for instance). */
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
  const valueOf = () => leafOf(actor.getSnapshot().value);
  const visited = [valueOf()];
  const steps: [string, string, string][] = [];
  const handled: [string, string, string][] = [];
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
    const snapshotBefore = actor.getSnapshot();
    sent.push(type);
    // A done actor takes no events (XState warns and ignores them): that it stays put is
    // checked separately, with the pure `transition()`, by the absorption law.
    if (snapshotBefore.status !== 'active') continue;
    actor.send({ type });
    const after = valueOf();
    // XState keeps the very same snapshot when no transition handles an event.
    if (actor.getSnapshot() !== snapshotBefore) handled.push([type, before, after]);
    if (after !== before) {
      visited.push(after);
      steps.push([type, before, after]);
    }
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { visited, steps, sent, state: leafOf(snapshot.value), status: snapshot.status, output: snapshot.output, context: snapshot.context as Record<string, unknown>, handled };
}
