import { cable } from './cable.js';
import type { Punishment } from './types.js';

/**
 * Whether a crossing on `crossedOn` (YYYY-MM-DD) falls under the post-cable regime: clause 4a
 * reads "from today onward", so the cable's own date counts as after.
 */
export function crossedAfterCable(crossedOn: string): boolean {
  return crossedOn >= cable.date;
}

/** Clause 4b: the punishment due to a crosser who is sent back, given the crossing date. */
export function punishmentOnReturn(context: { readonly crossedOn: string }): { punishment?: Punishment } {
  return crossedAfterCable(context.crossedOn) ? { punishment: 'severe' } : {};
}
