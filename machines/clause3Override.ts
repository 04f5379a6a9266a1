import { cite, citeInPlace } from './cite.js';
import { screened } from './punish.js';

/**
 * Clause 3 as statecharts mean it: ONE transition on the compound state `open`, which holds every
 * non-final state of a crosser machine, so it holds "from any of these states" by depth rather
 * than by copies. The final states lie outside `open`: nothing moves a final snapshot, not even
 * XState's pure `transition()`, which does not check that a snapshot is done. `machineId` makes
 * the target an id (`#chineseResidentInKorea.repatriated`): the final state is `open`'s sibling.
 *
 * Under the reading `clause3Scope=homeCountry` a crime or case on the host side (`hostSide`, the
 * side holding the crosser) is not clause 3's: the 1955 Record that 4a keeps in force leaves it to
 * that side's law. The second, targetless alternative records that (4a in the basis) and the
 * case stays where it is.
 */
export function clause3Override<const Id extends string>(machineId: Id, hostSide: 'Korean' | 'Chinese') {
  return {
    'authorities.establishCrimeOrPendingCase': [
      {
        guard: 'clause3Covers' as const,
        ...screened(
          cite(
            `#${machineId}.repatriated`,
            ['3'],
            'A crime, or a pending civil or criminal case, that clause 3 covers comes to light while the case is open: both sides absolutely repatriate the crosser.',
          ),
        ),
      },
      citeInPlace(
        ['4a'],
        `The crime or case lies on the host side (reading clause3Scope=homeCountry): under the 1955 Record, which 4a keeps in force, the ${hostSide} side holding the crosser deals with it under its own law; clause 3 does not send the crosser back, and the case goes on where it stands.`,
      ),
    ],
  };
}
