import { cable } from '../cable.js';
import type { Draws, FactContext } from './Driver.js';
import { dayNumberOf, isoDateOf } from './isoDays.js';

/** The day (in days after the simulation's start) a case may start at the earliest: the effective date, or the start. */
export function firstDay(context: FactContext): number {
  return Math.max(0, dayNumberOf(context.effectiveDate ?? cable.date) - dayNumberOf(context.startDate));
}

/**
 * A crossing date and the case's start: with the kind's `crossedAfterCableShare`, on or after
 * the effective date (4a's "from today onward"), within the first year of the horizon, and the
 * case starts then; otherwise within two years before the effective date (clause 1's "already"),
 * and the case starts when the rules do: at the effective date, or at the run's start if later.
 * No case starts before the effective date. Uses two draws, always.
 */
export function drawCrossing(draws: Draws, context: FactContext): { crossedOn: string; startDay: number; after: boolean } {
  const after = draws.bernoulli(context.population['crossedAfterCableShare'] ?? 0);
  const u = draws.uniform();
  const start = dayNumberOf(context.startDate);
  const effectiveDay = dayNumberOf(context.effectiveDate ?? cable.date);
  const first = firstDay(context);
  if (after) {
    const day = first + Math.floor(u * Math.max(1, Math.min(365, context.horizonDays - first)));
    return { crossedOn: isoDateOf(start + day), startDay: day, after };
  }
  const lastDay = Math.min(start, effectiveDay - 1);
  return { crossedOn: isoDateOf(lastDay - Math.floor(u * 730)), startDay: first, after };
}
