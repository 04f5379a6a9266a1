import { actorHandle } from '../engine/actorHandle.js';
import { driveCase } from '../engine/driveCase.js';
import { planSimulation } from '../engine/SimulationPlan.js';
import { InputError } from '../InputError.js';
import { caseStream } from '../random/caseStream.js';
import type { Scenario } from '../scenario/Scenario.js';
import { DAY_MS } from '../case/openCase.js';

/** One case's facts and events, drawn from a scenario's behaviour, ready to replay. */
export interface CaseScript {
  /** The case kind. */
  readonly kind: string;
  /** The machine input. */
  readonly input: Record<string, unknown>;
  /** The day the case starts, YYYY-MM-DD. */
  readonly startDate: string;
  /** The events, each with the days since the previous step. */
  readonly events: readonly { readonly type: string; readonly afterDays: number }[];
}


/**
 * Draws `count` cases from a scenario (of one kind, or of every kind in turn) with the same
 * behaviour and random streams as replication 0 of a simulation, as scripts to replay slowly
 * (for the inspector) or to step through.
 */
export function scriptCases(scenario: Scenario, count: number, kind?: string): CaseScript[] {
  const plan = planSimulation(scenario);
  const kinds = kind === undefined ? plan.kinds : plan.kinds.filter((k) => k.kind === kind);
  if (kinds.length === 0) throw new InputError(`unknown case kind "${kind}"; the kinds are: ${plan.kinds.map((k) => k.kind).join(', ')}`);
  const scripts: CaseScript[] = [];
  for (let i = 0; scripts.length < count; i++) {
    const k = kinds[i % kinds.length]!;
    const index = Math.floor(i / kinds.length);
    const events: { type: string; afterDays: number }[] = [];
    let input: Record<string, unknown> = {};
    let start = 0;
    let last = 0;
    driveCase(
      k,
      scenario,
      `${k.kind}-${index + 1}`,
      caseStream(scenario.seed, 0, k.index, index),
      (drawn, startDay) => {
        input = drawn;
        start = last = startDay;
        return actorHandle(k.machine, drawn);
      },
      (type, day) => {
        events.push({ type, afterDays: day - last });
        last = day;
      },
    );
    const startDate = new Date(Date.parse(`${scenario.startDate}T00:00:00Z`) + Math.floor(start) * DAY_MS).toISOString().slice(0, 10);
    // Whole days from the start date: the first event's gap absorbs the start's fraction.
    if (events[0]) events[0] = { ...events[0], afterDays: events[0].afterDays + (start - Math.floor(start)) };
    scripts.push({ kind: k.kind, input, startDate, events });
  }
  return scripts;
}
