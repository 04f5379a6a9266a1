import { durationKeys, effectiveDateOf, probabilityKeys, type Draws, type FactContext } from '../../machines/index.js';
import { InputError } from '../InputError.js';
import type { Scenario } from '../scenario/Scenario.js';
import { chooseNext } from './chooseNext.js';
import { OPEN, type CaseResult } from '../stats/KindTally.js';
import type { KindPlan } from './SimulationPlan.js';

/** What `driveCase` needs of a running case: its state, whether it is over, and a way to send. */
export interface CaseHandle {
  /** The current state. */
  readonly state: () => string;
  /** Whether the case has reached a final state. */
  readonly done: () => boolean;
  /**
   * Sends an event; returns the state after it — the same one when a targetless transition ran
   * (it acted, e.g. recorded its clauses, and kept the state) — or `null` when no transition
   * was enabled and the event was ignored.
   */
  readonly send: (event: string) => string | null;
}

/** Where a driven case ended. */
export interface DrivenCase {
  /** The states it went through, the initial one first, `>`-joined. */
  readonly path: string;
  /** Day (since the simulation's start) it entered its last state. */
  readonly enteredAt: number;
  /** Day the case started. */
  readonly startDay: number;
  /** The cohort its driver put it in, if any. */
  readonly cohort: string | undefined;
}

/** The most steps a case may take at one instant before its scenario is refused as looping in zero time. */
export const MAX_STEPS_AT_ONE_INSTANT = 10_000;

const contexts = new WeakMap<KindPlan, FactContext & { caseId: string }>();

/**
 * Refuses a scenario that lacks a probability or duration key. The `Scenario` type already
 * requires every key; this catches an untyped caller once per kind, so that the inner loop can
 * read keys without a default that would silently stand in for a missing one.
 */
function checkKeys(scenario: Scenario): void {
  for (const [group, keys] of [['probabilities', probabilityKeys], ['durations', durationKeys]] as const) {
    const values: Readonly<Record<string, unknown>> | undefined = scenario[group];
    for (const key of keys) {
      if (values?.[key] === undefined) throw new InputError(`scenario "${scenario.name}": ${group}.${key} is missing (every probability and duration key must be given)`);
    }
  }
}

/** A kind's fact context under a scenario (the scenario's keys checked first), with a case id to be set per case. */
export function kindFactContext(kind: KindPlan, scenario: Scenario, caseId: string): FactContext & { caseId: string } {
  checkKeys(scenario);
  // The effective date under the scenario's readings: drivers start no case before it.
  return {
    caseId,
    probabilities: scenario.probabilities,
    population: kind.population,
    startDate: scenario.startDate,
    horizonDays: scenario.horizonDays,
    effectiveDate: effectiveDateOf(scenario.readings),
  };
}

/** The fact context of a kind, made once and reused with each case's id (the inner loop allocates less). */
function factContext(kind: KindPlan, scenario: Scenario, caseId: string): FactContext {
  let context = contexts.get(kind);
  if (!context) contexts.set(kind, (context = kindFactContext(kind, scenario, caseId)));
  context.caseId = caseId;
  return context;
}

/** The error of an event that no transition takes: a driver and its machine disagree. */
export function ignoredEvent(kind: KindPlan, event: string, state: string): Error {
  return new Error(`${kind.kind}: "${event}" does nothing in state "${state}"`);
}

/** The refusal of a scenario whose case loops in zero time (more than MAX_STEPS_AT_ONE_INSTANT steps at one instant). */
export function zeroTimeLoop(kind: KindPlan, scenario: Scenario, state: string, event: string): InputError {
  return new InputError(
    `scenario "${scenario.name}": a ${kind.kind} case took ${MAX_STEPS_AT_ONE_INSTANT} steps without time passing (at "${state}" after "${event}"): its durations of 0 days form a loop it cannot leave; give one of those steps a positive duration or a way out`,
  );
}

/**
 * Drives one case with its kind's behaviour: draws the facts (via `open`, which starts the case
 * from them), then in each waiting state what happens next and when, from the case's stream,
 * until the case is final, nothing more will happen, or the horizon comes. Clause 3's interrupt
 * (if the driver has one) strikes at its drawn time if the case is still open. `onStep` hears
 * each event with its day. Engine-neutral: the case can be an XState actor or anything else.
 */
export function driveCase(
  kind: KindPlan,
  scenario: Scenario,
  caseId: string,
  draws: Draws,
  open: (input: Record<string, unknown>, startDay: number) => CaseHandle,
  onStep?: (event: string, day: number) => void,
): DrivenCase {
  const horizon = scenario.horizonDays;
  const { input, startDay, cohort } = kind.driver.drawCase(draws, factContext(kind, scenario, caseId));
  // Two draws always, so that later draws line up whether or not an interrupt is due.
  const hit = draws.uniform();
  const when = draws.uniform();
  const interrupt = kind.driver.interrupt;
  let interruptAt = interrupt && hit < scenario.probabilities[interrupt.p] ? startDay + when * (horizon - startDay) : Infinity;

  const handle = open(input, startDay);
  let path = handle.state();
  let t = startDay;
  let enteredAt = startDay;
  // A step that keeps the state (a targetless transition: it acts, e.g. records clause 4a, and the
  // case stays) is a step: time passes, `onStep` hears it, but the path, which lists states
  // entered, does not grow. Returns whether the state changed.
  // Steps taken without time passing. A loop of states whose steps all take 0 days and none of
  // whose ways out can happen (e.g. fixed 0-day durations with probability 0 of leaving) would
  // run forever at one instant: a scenario that cannot be simulated, refused rather than hung.
  let stillSteps = 0;
  const send = (event: string, at: number): boolean => {
    const before = handle.state();
    const after = handle.send(event);
    if (after === null) throw ignoredEvent(kind, event, before);
    if (at > t) stillSteps = 0;
    else if (++stillSteps > MAX_STEPS_AT_ONE_INSTANT) throw zeroTimeLoop(kind, scenario, after, event);
    t = at;
    onStep?.(event, at);
    if (after === before) return false;
    path += `>${after}`;
    enteredAt = at;
    return true;
  };
  while (!handle.done()) {
    const waiting = kind.driver.waiting[handle.state()];
    if (!waiting) break;
    const next = chooseNext(waiting, draws, scenario, horizon - t);
    const at = t + next.days;
    // Clause 3 may strike before the next step (or, when nothing else will happen, before the horizon).
    if (interruptAt <= (next.event === null ? horizon : Math.min(at, horizon))) {
      send(interrupt!.event, Math.max(interruptAt, t));
      interruptAt = Infinity;
      continue;
    }
    if (next.event === null || at > horizon) break;
    // A choice that keeps the state and takes no time would be drawn again at the same instant,
    // forever (e.g. a fixed duration of 0 days): the case rests there instead.
    if (!send(next.event, at) && next.days === 0) break;
  }
  return { path, enteredAt, startDay, cohort };
}

/**
 * What a driven case contributes to the statistics, given where it stands: a final or settled
 * state is its outcome (timed from the case's start to entering it); anything else is open.
 */
export function caseResult(kind: KindPlan, state: string, final: boolean, driven: DrivenCase): CaseResult {
  const reached = final || kind.outcomes.includes(state);
  return { outcome: reached ? state : OPEN, path: driven.path, days: reached ? driven.enteredAt - driven.startDay : null, startDay: driven.startDay, cohort: driven.cohort };
}
