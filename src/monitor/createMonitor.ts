import type { InspectionEvent } from 'xstate';
import type { CaseHistory, Invariant } from '../../machines/index.js';
import { leafName } from '../structure/machineStructure.js';
import { InvariantViolation } from './InvariantViolation.js';

/** A run-time monitor: an XState inspection observer that checks invariants after every step. */
export interface Monitor {
  /** Pass as `createActor(machine, { inspect: monitor.inspect })`. */
  readonly inspect: (event: InspectionEvent) => void;
  /** The first violation seen, if any. */
  readonly violation: () => InvariantViolation | undefined;
  /** Throws the first violation seen, if any: call after each `send` to stop the run. */
  readonly throwIfViolated: () => void;
  /** How many steps were checked. */
  readonly steps: () => number;
}

interface Tracked {
  kind: string;
  context: Record<string, unknown>;
  states: string[];
  events: string[];
  state: string;
  last?: { event: string; from: string };
  output?: CaseHistory['output'];
}

/**
 * Builds a monitor over invariants (as in Sismic's property statecharts): it follows every actor
 * it is attached to — the actor's machine id is its case kind — records the states visited and
 * the events that moved it, and after every snapshot checks the invariants of that kind. The
 * first violation is kept (and, with `throwOnViolation`, thrown from the inspection callback),
 * citing the clause: "clause 3 (crimeMeansRepatriation) violated by case c-1: …".
 */
export function createMonitor(invariants: readonly Invariant[], readings: Readonly<Record<string, string>> = {}): Monitor {
  const cases = new Map<string, Tracked>();
  let first: InvariantViolation | undefined;
  let steps = 0;
  const check = (t: Tracked) => {
    if (first) return;
    const history: CaseHistory = { ...t, readings };
    for (const inv of invariants) {
      if (!(inv.kinds as readonly string[]).includes(t.kind)) continue;
      const wrong = inv.check(history);
      if (wrong) {
        const id = String(t.context['caseId'] ?? '?');
        first = new InvariantViolation(`clause ${inv.clauses.join(', ')} (${inv.id}) violated by ${t.kind} case ${id}: ${wrong} (path ${t.states.join('>')})`, inv.id, inv.clauses);
        return;
      }
    }
  };
  return {
    inspect(e) {
      if (e.type === '@xstate.actor') {
        // The actor is announced before its first snapshot exists: the initial state comes with it.
        const ref = e.actorRef as { sessionId: string; logic?: { id?: string } };
        cases.set(ref.sessionId, { kind: ref.logic?.id ?? '?', context: {}, states: [], events: [], state: '' });
      } else if (e.type === '@xstate.snapshot') {
        const t = cases.get(e.actorRef.sessionId);
        const snap = e.snapshot as { value?: unknown; context?: Record<string, unknown>; status?: string; output?: CaseHistory['output'] };
        if (!t || snap.value === undefined) return;
        const state = leafName(snap.value);
        if (t.states.length === 0) {
          t.states.push(state);
          t.state = state;
          t.context = snap.context ?? {};
          return;
        }
        t.last = { event: e.event.type, from: t.state };
        if (state !== t.state) {
          t.states.push(state);
          t.events.push(e.event.type);
          t.state = state;
        }
        t.context = snap.context ?? t.context;
        if (snap.status === 'done') t.output = snap.output;
        steps++;
        check(t);
      }
    },
    violation: () => first,
    throwIfViolated: () => {
      if (first) throw first;
    },
    steps: () => steps,
  };
}
