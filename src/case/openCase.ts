import { createActor, SimulatedClock, type AnyActorRef, type AnyMachineSnapshot, type AnyStateMachine, type InspectionEvent, type Observer } from 'xstate';
import { applyReadings, resolveReadings } from '../../machines/index.js';
import { InputError } from '../InputError.js';
import { leafName, transitionsIn } from '../structure/machineStructure.js';
import { caseModel, type CaseModel } from './caseModel.js';
import { effectiveDateText } from './effectiveDateText.js';
import { isIsoDate, parseFacts } from './parseFacts.js';
import type { CaseStatus, Trace, TraceStep } from './Trace.js';

/** Milliseconds in a day: event gaps are given in days, the case clock counts milliseconds. */
export const DAY_MS = 86_400_000;
// The last instant a JavaScript Date can hold (ECMA-262 §21.4.1.22): 275760-09-13.
const MAX_DATE_MS = 8.64e15;

/** The most days one step may take: a century, the horizon's limit too. */
export const maxStepDays = 36500;

/** Options for running one case. */
export interface CaseOptions {
  /** Readings by name; the rest take their defaults. @defaultValue all defaults */
  readonly readings?: Readonly<Record<string, string>>;
  /** When the case starts (`YYYY-MM-DD`), not before the effective date. @defaultValue the later of the kind's starting fact (e.g. `crossedOn`) and the effective date */
  readonly startDate?: string;
  /** Days between steps when an event names none. @defaultValue 1 */
  readonly stepDays?: number;
  /** Reject events the current state does not accept, instead of ignoring them as XState does. @defaultValue true */
  readonly strict?: boolean;
  /** An inspection observer (e.g. `createWebSocketInspector(...).inspect`) that sees the case's actor. */
  readonly inspect?: InspectionObserver;
  /** Extra fields for every event sent (e.g. the simulated time), shown by inspectors. @defaultValue none */
  readonly eventDetails?: (step: { readonly event: string; readonly time: string }) => Record<string, unknown>;
}

/** What XState's `inspect` option takes. */
export type InspectionObserver = Observer<InspectionEvent> | ((event: InspectionEvent) => void);

/** One case in progress: send events, ask what is accepted, read the trace, persist it. */
export interface CaseRun {
  /** The case kind. */
  readonly kind: string;
  /** The current state. */
  readonly state: string;
  /** Whether the case is open, settled or final. */
  readonly status: CaseStatus;
  /** The events the current state accepts now (guards evaluated), in document order. */
  accepted(): string[];
  /** Sends an event `afterDays` after the previous step; returns the step, or null if ignored (non-strict). */
  send(event: string, afterDays?: number): TraceStep | null;
  /** The trace so far. */
  trace(): Trace;
  /** The XState persisted snapshot (plain JSON). */
  persistedSnapshot(): unknown;
}

/** Internal: what a run resumes from. */
export interface CaseState {
  readonly machine: AnyStateMachine;
  readonly snapshot?: AnyMachineSnapshot;
  readonly input: Record<string, unknown>;
  readonly readings: Record<string, string>;
  readonly start: string;
  readonly steps: TraceStep[];
}

/** Internal: builds a CaseRun over a model and a starting point (fresh or restored). */
export function caseRun(model: CaseModel, from: CaseState, options: CaseOptions = {}): CaseRun {
  const strict = options.strict ?? true;
  const stepDays = options.stepDays ?? 1;
  const startMs = Date.parse(from.start);
  const steps = [...from.steps];
  const clock = new SimulatedClock();
  const last = steps.at(-1);
  if (last) clock.increment(Date.parse(last.time) - startMs);
  let taken: { source: { path: string[] }; meta?: { clauses?: string[] }; description?: string }[] = [];
  const actor: AnyActorRef = createActor(from.machine, {
    input: from.input,
    clock,
    ...(from.snapshot ? { snapshot: from.snapshot } : {}),
    inspect: (ev) => {
      if (ev.type === '@xstate.microstep') taken.push(...((ev as unknown as { _transitions: typeof taken })._transitions ?? []));
      const outer = options.inspect;
      if (typeof outer === 'function') outer(ev);
      else outer?.next?.(ev);
    },
  });
  // A restored snapshot that XState cannot run leaves the actor in status "error" and rethrows
  // later unless someone listens: listen, and turn it into an InputError now.
  actor.subscribe({ error: () => undefined });
  actor.start();
  if ((actor.getSnapshot() as AnyMachineSnapshot).status === 'error') {
    throw new InputError(`${model.kind}: the case could not be restored: ${String((actor.getSnapshot() as AnyMachineSnapshot).error)}`);
  }
  const snap = (): AnyMachineSnapshot => actor.getSnapshot() as AnyMachineSnapshot;
  // Traces speak of leaf states: `{ open: 'mobilized' }` is `mobilized`.
  const stateOf = () => leafName(snap().value);
  const statusOf = (): CaseStatus => {
    if (snap().status === 'done') return 'final';
    return model.description.states.find((s) => s.name === stateOf())?.settled ? 'settled' : 'open';
  };
  const accepted = () => {
    if (snap().status !== 'active') return [];
    const here = transitionsIn(model.description, stateOf()).map((t) => t.event);
    return [...new Set(here)].filter((type) => snap().can({ type }));
  };

  return {
    kind: model.kind,
    get state() {
      return stateOf();
    },
    get status() {
      return statusOf();
    },
    accepted,
    send(event, afterDays = stepDays) {
      if (!(Number.isFinite(afterDays) && afterDays >= 0 && afterDays <= maxStepDays)) {
        throw new InputError(`${model.kind}: days before "${event}" must be a number from 0 to ${maxStepDays}; got ${afterDays}`);
      }
      if (!model.events.includes(event)) {
        throw new InputError(`${model.kind}: unknown event "${event}"; its events are: ${model.events.join(', ')}`);
      }
      const before = stateOf();
      if (snap().status !== 'active' || !snap().can({ type: event })) {
        if (!strict) return null;
        if (snap().status !== 'active') throw new InputError(`${model.kind}: the case has ended in "${before}"; it accepts no more events (got "${event}")`);
        throw new InputError(`${model.kind}: event "${event}" is not accepted in state "${before}"; accepted there: ${accepted().join(', ') || 'none'}`);
      }
      if (startMs + clock.now() + afterDays * DAY_MS > MAX_DATE_MS) {
        throw new InputError(`${model.kind}: "${event}" ${afterDays} days after ${new Date(startMs + clock.now()).toISOString().slice(0, 10)} is past the last date a timestamp can hold (275760-09-13)`);
      }
      clock.increment(afterDays * DAY_MS);
      taken = [];
      // Rounded, not truncated: a replay sends (recorded gap / DAY_MS) days, whose float product
      // may land a hair below the recorded millisecond.
      const time = new Date(Math.round(startMs + clock.now())).toISOString();
      actor.send({ ...(options.eventDetails?.({ event, time }) ?? {}), type: event });
      const clauses = [...new Set(taken.flatMap((t) => t.meta?.clauses ?? []))];
      const step: TraceStep = {
        index: steps.length + 1,
        time,
        actor: event.split('.')[0] ?? event,
        event,
        from: before,
        to: stateOf(),
        clauses,
        description: taken.map((t) => t.description ?? '').join(' '),
      };
      steps.push(step);
      return step;
    },
    trace() {
      const s = snap();
      const status = statusOf();
      const output = (s.output ?? {}) as { outcome?: string; basis?: string[]; punishment?: string };
      const basis = output.basis ?? [...new Set(steps.flatMap((t) => t.clauses))];
      const punishment = output.punishment ?? (s.context as { punishment?: string } | undefined)?.punishment;
      return {
        kind: model.kind,
        caseId: String(from.input['caseId'] ?? ''),
        input: from.input,
        readings: from.readings,
        start: from.start,
        steps: [...steps],
        state: stateOf(),
        status,
        outcome: status === 'open' ? null : (output.outcome ?? stateOf()),
        basis,
        ...(punishment === undefined ? {} : { punishment }),
      };
    },
    persistedSnapshot: () => actor.getPersistedSnapshot(),
  };
}

/** Resolves the readings and the start date for a case of `model` with `input`. */
export function caseSetup(model: CaseModel, input: Record<string, unknown>, options: CaseOptions) {
  let readings: Record<string, string>;
  try {
    readings = resolveReadings(options.readings ?? {});
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  const startFact = Object.entries(model.facts).find(([, spec]) => spec.startsCase)?.[0];
  const effective = effectiveDateText(readings);
  if (options.startDate !== undefined) {
    if (!isIsoDate(options.startDate)) throw new InputError(`${model.kind}: the start date must be a date YYYY-MM-DD; got "${options.startDate}"`);
    // Design §6.10: no step of a case is dated before the cable applies; starting earlier would date the first step so.
    if (options.startDate < effective.date) {
      throw new InputError(`${model.kind}: the start date ${options.startDate} is before the cable's ${effective.text}; no step may be dated earlier`);
    }
  }
  // A crossing may be earlier than the cable (clause 1: those who "have already" crossed); its
  // handling is not: the case starts at the later of its date fact and the effective date.
  const fact = startFact ? String(input[startFact]) : effective.date;
  const startDay = options.startDate ?? (fact > effective.date ? fact : effective.date);
  if (!isIsoDate(startDay)) throw new InputError(`${model.kind}: the start date must be a date YYYY-MM-DD; got "${startDay}"`);
  return { readings, machine: applyReadings(model.machine, readings), start: `${startDay}T00:00:00.000Z` };
}

/**
 * Opens a case of `kind` with `facts` (an object or `k=v,…` text; missing facts take their
 * defaults). Throws an InputError for an unknown kind, fact, value or reading.
 */
export function openCase(kind: string, facts: string | Readonly<Record<string, unknown>> = {}, options: CaseOptions = {}): CaseRun {
  const model = caseModel(kind);
  const input = parseFacts(kind, model.facts, facts);
  const { readings, machine, start } = caseSetup(model, input, options);
  return caseRun(model, { machine, input, readings, start, steps: [] }, options);
}
