import { isDeepStrictEqual } from 'node:util';
import { InputError } from '../InputError.js';
import type { CaseModel } from './caseModel.js';
import { caseRun, type CaseRun, type CaseState } from './openCase.js';
import type { TraceStep } from './Trace.js';

const DAY_MS = 86_400_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const show = (value: unknown): string => {
  if (Array.isArray(value) && value.every((x) => typeof x === 'string')) return `[${value.join(', ')}]`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/**
 * How a saved field disagrees with the replay, for one-line messages: `the saved snapshot says
 * basis [9z, 1b] but replaying the trace gives [1a, 1b]` (or has no such field, or one too many).
 */
export function disagreement(subject: string, key: string, saved: unknown, replayed: unknown): string {
  if (saved === undefined) return `${subject} has no ${key} but replaying the trace gives ${show(replayed)}`;
  if (replayed === undefined) return `${subject} has ${key} ${show(saved)}, which replaying the trace does not give`;
  return `${subject} says ${key} ${show(saved)} but replaying the trace gives ${show(replayed)}`;
}

/**
 * Replays recorded steps through a fresh, strict run of the machine (same facts, readings and
 * start), sending each step's event at its recorded time, and checks that every step comes out
 * as recorded: index, time (never before the start or the step before), actor, event, from, to
 * and clauses. Returns the replayed run; the first step that does not reproduce is an InputError
 * naming it (`where` prefixes the message). Descriptions are not compared: they are the
 * machine's own text and the replay supplies them.
 */
export function replayCase(model: CaseModel, from: Omit<CaseState, 'snapshot' | 'steps'>, steps: readonly unknown[], where: string): CaseRun {
  const run = caseRun(model, { ...from, steps: [] }, { strict: true });
  let previous = Date.parse(from.start);
  steps.forEach((recorded, i) => {
    const at = `${where}: trace.steps[${i}]`;
    if (!isRecord(recorded)) throw new InputError(`${at} is not a step (needs an event and an ISO time)`);
    const { event, time } = recorded;
    if (typeof event !== 'string' || typeof time !== 'string' || Number.isNaN(Date.parse(time))) {
      throw new InputError(`${at} is not a step (needs an event and an ISO time)`);
    }
    const ms = Date.parse(time);
    if (ms < previous) {
      throw new InputError(`${at}.time ${time} is earlier than ${i === 0 ? `the case's start ${from.start}` : 'the step before'}`);
    }
    let step: TraceStep | null;
    try {
      step = run.send(event, (ms - previous) / DAY_MS);
    } catch (error) {
      throw new InputError(`${at}: replaying the trace, ${(error as Error).message}`);
    }
    previous = ms;
    const replayed: Record<string, unknown> = { ...step, time: ms };
    const saved: Record<string, unknown> = { ...recorded, time: ms };
    for (const key of ['index', 'actor', 'event', 'from', 'to', 'clauses'] as const) {
      if (!isDeepStrictEqual(saved[key], replayed[key])) {
        throw new InputError(`${at}: ${disagreement('the save', key, saved[key], replayed[key])}`);
      }
    }
  });
  return run;
}
