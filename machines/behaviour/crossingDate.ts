import { cable } from '../cable.js';
import type { Draws, FactContext } from './Driver.js';
import { dayNumberOf, isoDateOf } from './isoDays.js';

// The day numbers of the last fact context's dates: every case of a run shares them, so each
// case compares two strings instead of looking dates up.
let knownStart: string | undefined;
let knownEffective: string | undefined;
let startDayNumber = 0;
let effectiveDayNumber = 0;

/** Sets the day numbers above for a context's start and effective dates. */
function calendar(context: FactContext): void {
  const effective = context.effectiveDate ?? cable.date;
  if (context.startDate === knownStart && effective === knownEffective) return;
  startDayNumber = dayNumberOf(context.startDate);
  effectiveDayNumber = dayNumberOf(effective);
  knownStart = context.startDate;
  knownEffective = effective;
}

/** The day (in days after the simulation's start) a case may start at the earliest: the effective date, or the start. */
export function firstDay(context: FactContext): number {
  calendar(context);
  return Math.max(0, effectiveDayNumber - startDayNumber);
}

/** The date `days` whole days after the simulation's start (`addDays(context.startDate, days)`). */
export function dateAfterStart(context: FactContext, days: number): string {
  calendar(context);
  return isoDateOf(startDayNumber + days);
}

/**
 * A crossing date and the case's start: with the kind's `crossedAfterCableShare`, on or after
 * the effective date (4a's "from today onward"), within the first year of the horizon, and the
 * case starts then; otherwise within two years before the effective date (clause 1's "already"),
 * and the case starts when the rules do: at the effective date, or at the run's start if later.
 * No case starts before the effective date. Uses two draws, always. `dayIndex` numbers the
 * crossing dates possible under one fact context from 0 (the earliest), one per date: a fact key.
 */
export function drawCrossing(draws: Draws, context: FactContext): { crossedOn: string; startDay: number; after: boolean; dayIndex: number } {
  const after = draws.bernoulli(context.population['crossedAfterCableShare'] ?? 0);
  const u = draws.uniform();
  const first = firstDay(context);
  const start = startDayNumber;
  const effectiveDay = effectiveDayNumber;
  const lastDay = Math.min(start, effectiveDay - 1);
  // The earliest crossing drawn below; a crossing after the cable falls on or after `start`, later still.
  const earliest = lastDay - 729;
  if (after) {
    const day = first + Math.floor(u * Math.max(1, Math.min(365, context.horizonDays - first)));
    return { crossedOn: isoDateOf(start + day), startDay: day, after, dayIndex: start + day - earliest };
  }
  const crossed = lastDay - Math.floor(u * 730);
  return { crossedOn: isoDateOf(crossed), startDay: first, after, dayIndex: crossed - earliest };
}
