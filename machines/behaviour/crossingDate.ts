import { cable } from '../cable.js';
import type { Draws, FactContext } from './Driver.js';
import { dayNumberOf, isoDate } from './isoDays.js';

/**
 * A crossing date and the case's start: with the kind's `crossedAfterCableShare`, on or after
 * the cable's date (4a's "from today onward"), within the first year of the horizon, and the case
 * starts then; otherwise within two years before the cable, and the case starts with the run.
 * Uses two draws, always.
 */
export function drawCrossing(draws: Draws, context: FactContext): { crossedOn: string; startDay: number } {
  const after = draws.bernoulli(context.population['crossedAfterCableShare'] ?? 0);
  const u = draws.uniform();
  const start = dayNumberOf(context.startDate);
  const cableDay = dayNumberOf(cable.date);
  if (after) {
    const startOffset = Math.max(cableDay, start) - start;
    const day = startOffset + Math.floor(u * Math.max(1, Math.min(365, context.horizonDays - startOffset)));
    return { crossedOn: isoDate(start + day), startDay: day };
  }
  const lastDay = Math.min(start, cableDay - 1);
  return { crossedOn: isoDate(lastDay - Math.floor(u * 730)), startDay: 0 };
}
