import type { CaseKind } from './caseMachines.js';
import type { ClauseId } from './cable.js';

/**
 * A declared precedence: where two guarded alternatives can both hold, which clause wins. The
 * decision-table check requires every such overlap to be declared here, and the machine's order
 * of alternatives to follow it — precedence by intent, not by accident of ordering.
 */
export interface Precedence {
  /** The case kind. */
  readonly kind: CaseKind;
  /** The state. */
  readonly state: string;
  /** The event. */
  readonly event: string;
  /** Clauses from the strongest to the weakest: an alternative citing an earlier one must come first. */
  readonly order: readonly ClauseId[];
  /** Why, from the text. */
  readonly why: string;
}

/** The overlaps the cable settles, and how. */
export const precedence: readonly Precedence[] = [
  {
    kind: 'chineseResidentInKorea',
    state: 'detected',
    event: 'authorities.screen',
    order: ['3', '4a'],
    why: 'A post-cable crosser with a crime or pending case falls under both 3 and 4a\u20134b; clause 3 says both sides "absolutely" repatriate, so the case is sent back under 3 at once rather than waiting for a handover (4b\u2019s punishment still follows from the crossing date, under either punishment reading).',
  },
];
