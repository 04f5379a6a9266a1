import type { ClauseId } from './cable.js';

/**
 * Clauses that no state or transition implements, each with the reason. The traceability test
 * requires every clause to be cited by a machine or listed here.
 */
export const notModeled: Readonly<Partial<Record<ClauseId, string>>> = {
  P: 'The opening principle (lenient with lawful crossings, severe with unlawful ones) is carried out by clauses 1\u20134; it adds no step of its own to any case.',
  '5': 'Informing the Korean side and reporting views back are acts between governments, not steps in any one case.',
};
