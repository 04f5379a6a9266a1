import { cite } from './cite.js';

/**
 * Clause 3 overrides every other clause while a case is open, so every non-final state carries
 * this transition (final states take no events). It is spread into each open state rather than
 * put on the root: a root-level transition would also fire from final states under XState's
 * pure `transition()`, which does not check that a snapshot is done.
 */
export const clause3Override = {
  'authorities.establishCrimeOrPendingCase': cite(
    'repatriated',
    ['3'],
    'A crime or pending case comes to light while the case is open: the crosser is sent back without exception.',
  ),
};
