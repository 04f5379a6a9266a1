// @ts-check
/** Solution of exercise 4 (teachers' copy: keep it apart from the starters). */
import { applyReadings, chineseResidentInKoreaMachine } from 'cable1957';

/** @type {Record<'default' | 'mobilizeAgain', { outcome: string, basis: string[] }>} */
export const prediction = {
  // korea.declines under the default: 1a's rule of return stands; the case is final, the rest is ignored.
  default: { outcome: 'repatriated', basis: ['1a', '1b'] },
  // Under mobilizeAgain: back to mobilized (1a), then the second round runs to a passport (1b).
  mobilizeAgain: { outcome: 'passportIssued', basis: ['1a', '1b'] },
};

export const machine = applyReadings(chineseResidentInKoreaMachine, { koreanSideDeclines: 'mobilizeAgain' });

// Why the same basis, different outcomes: the basis lists which clauses acted, not which branch a
// guard chose. The reading changes only the guard declineMeansRepatriation on korea.declines:
// both of its transitions cite 1a, so the clauses are the same and the path is not.
