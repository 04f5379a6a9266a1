import type { ClauseId } from './cable.js';

/**
 * Clauses that no state or transition implements, each with the reason. The traceability test
 * requires every clause to be cited by a machine or listed here.
 */
export const notModeled: Readonly<Partial<Record<ClauseId, string>>> = {
  P: 'The opening principle (lenient with lawful crossings, severe with unlawful ones) is carried out by clauses 1\u20134 and adds no step of its own. Its "legal border crossings" are wider than 4c\u2019s applications (visits and border passes are not modeled), and its call for severe punishment carries no date: the model punishes only from the effective date (reading punishment).',
  '5': 'Informing the Korean side "at the appropriate time" and reporting views back are acts between governments, not steps in any one case; the timing they imply is the reading effectiveDate (and, for the Korean side\u2019s part, the scenarios).',
};
