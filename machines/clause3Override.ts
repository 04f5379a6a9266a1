import { cite } from './cite.js';

/**
 * Clause 3 as statecharts mean it: ONE transition on the compound state `open`, which holds every
 * non-final state of a crosser machine, so it holds "from any of these states" by depth rather
 * than by copies. The final states lie outside `open`: nothing moves a final snapshot, not even
 * XState's pure `transition()`, which does not check that a snapshot is done. `machineId` makes
 * the target an id (`#chineseResidentInKorea.repatriated`): the final state is `open`'s sibling.
 */
export function clause3Override<const Id extends string>(machineId: Id) {
  return {
    'authorities.establishCrimeOrPendingCase': cite(
      `#${machineId}.repatriated`,
      ['3'],
      'A crime or pending case comes to light while the case is open: both sides send the crosser back without exception.',
    ),
  };
}
