import { cable } from '../cable.js';
import type { Draws, FactContext } from './Driver.js';
import { dayNumberOf, isoDateOf } from './isoDays.js';

/** A fact context's start and effective dates as day numbers. */
interface Calendar {
  readonly startDate: string;
  readonly effectiveDate: string;
  readonly start: number;
  readonly effective: number;
}

// Every case of a run shares its context's dates: the last calendar is kept, so a case compares
// two strings instead of parsing two dates.
let last: Calendar | undefined;

/** The day numbers of a context's start and effective dates. */
function calendarOf(context: FactContext): Calendar {
  const effectiveDate = context.effectiveDate ?? cable.date;
  if (last?.startDate !== context.startDate || last.effectiveDate !== effectiveDate) {
    last = { startDate: context.startDate, effectiveDate, start: dayNumberOf(context.startDate), effective: dayNumberOf(effectiveDate) };
  }
  return last;
}

/** The day (in days after the simulation's start) a case may start at the earliest: the effective date, or the start. */
export function firstDay(context: FactContext): number {
  const { start, effective } = calendarOf(context);
  return Math.max(0, effective - start);
}

/** The date `days` whole days after the simulation's start (`addDays(context.startDate, days)`). */
export function dateAfterStart(context: FactContext, days: number): string {
  return isoDateOf(calendarOf(context).start + days);
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
  const { start, effective } = calendarOf(context);
  const first = Math.max(0, effective - start);
  const lastDay = Math.min(start, effective - 1);
  // The earliest crossing drawn below; a crossing after the cable falls on or after `start`, later still.
  const earliest = lastDay - 729;
  if (after) {
    const day = first + Math.floor(u * Math.max(1, Math.min(365, context.horizonDays - first)));
    return { crossedOn: isoDateOf(start + day), startDay: day, after, dayIndex: start + day - earliest };
  }
  const crossed = lastDay - Math.floor(u * 730);
  return { crossedOn: isoDateOf(crossed), startDay: first, after, dayIndex: crossed - earliest };
}
