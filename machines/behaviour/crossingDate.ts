import { cable } from '../cable.js';
import type { Draws, FactContext } from './Driver.js';
import { addDays, dayNumber } from './isoDays.js';

/**
 * A crossing date and the case's start: with the kind's `crossedAfterCableShare`, on or after
 * the cable's date (4a's "from today onward"), within the first year of the horizon, and the case
 * starts then; otherwise within two years before the cable, and the case starts with the run.
 * Uses two draws, always.
 */
export function drawCrossing(draws: Draws, context: FactContext): { crossedOn: string; startDay: number } {
  const after = draws.bernoulli(context.population['crossedAfterCableShare'] ?? 0);
  const u = draws.uniform();
  if (after) {
    const firstDay = context.startDate > cable.date ? context.startDate : cable.date;
    const startOffset = dayNumber(firstDay) - dayNumber(context.startDate);
    const day = startOffset + Math.floor(u * Math.max(1, Math.min(365, context.horizonDays - startOffset)));
    return { crossedOn: addDays(context.startDate, day), startDay: day };
  }
  const lastDay = context.startDate < cable.date ? context.startDate : addDays(cable.date, -1);
  return { crossedOn: addDays(lastDay, -Math.floor(u * 730)), startDay: 0 };
}
