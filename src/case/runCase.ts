import { maxStepDays, openCase, type CaseOptions } from './openCase.js';
import type { Trace } from './Trace.js';
import { InputError } from '../InputError.js';

/** An event to send: its type, optionally with the days since the previous step. */
export type CaseEvent = string | { readonly type: string; readonly afterDays?: number };

/**
 * Runs one case of `kind` through its machine on a simulated clock and returns its trace: each
 * step's time, actor, event, states and clauses, and the outcome, basis and punishment. Strict
 * by default: an event the current state does not accept is an InputError naming the state, the
 * event and the events accepted there. Events may be written `type@days` to set the gap.
 */
export function runCase(
  kind: string,
  facts: string | Readonly<Record<string, unknown>> = {},
  events: readonly CaseEvent[] = [],
  options: CaseOptions = {},
): Trace {
  const run = openCase(kind, facts, options);
  for (const e of events) {
    const { type, afterDays } = typeof e === 'string' ? parseEventText(e) : e;
    run.send(type, afterDays);
  }
  return run.trace();
}

/**
 * Parses a number of days written in decimal (`3`, `2.5`), from 0 to `maxStepDays`; anything else
 * (`0x10`, `1e3`, `''`, `Infinity`) is null. Shared by `type@days` and `--step-days`.
 */
export function parseStepDays(text: string): number | null {
  const days = Number(text.trim());
  return /^\d+(\.\d+)?$/.test(text.trim()) && days <= maxStepDays ? days : null;
}

/** Parses `type` or `type@days` (days since the previous step, decimal, 0 … 36500). */
export function parseEventText(text: string): { type: string; afterDays?: number } {
  const at = text.lastIndexOf('@');
  if (at < 0) return { type: text.trim() };
  const days = parseStepDays(text.slice(at + 1));
  if (days === null) {
    throw new InputError(`event "${text}": the days after "@" must be a decimal number from 0 to ${maxStepDays}; got "${text.slice(at + 1)}"`);
  }
  return { type: text.slice(0, at).trim(), afterDays: days };
}
