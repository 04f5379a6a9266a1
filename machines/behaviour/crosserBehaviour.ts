import { drawCrossing } from './crossingDate.js';
import type { Driver, Waiting } from './Driver.js';

/** What both crosser kinds share: the population setting, facts, the clause-3 interrupt, screening. */
export const crosserBehaviour = {
  population: {
    crossedAfterCableShare: {
      default: 0.2,
      kind: 'share',
      description: 'share of crossers who crossed on or after the effective date (reading effectiveDate; 4a: "from today onward")',
    },
  },
  /**
   * A crosser's facts: the crossing date (two draws), whether clause 3 applies at screening, and
   * where a crime or case lies (drawn last, so the earlier draws keep their place in the stream).
   */
  drawCase(draws, context) {
    const { crossedOn, startDay } = drawCrossing(draws, context);
    const hasCrimeOrPendingCase = draws.bernoulli(context.probabilities.hasCrimeOrPendingCase);
    const crimeWhere = draws.bernoulli(context.probabilities.crimeOnHostSide) ? 'host' : 'home';
    return { input: { caseId: context.caseId, crossedOn, hasCrimeOrPendingCase, crimeWhere }, startDay };
  },
  // Clause 3 can strike while the case is open: a crime or pending case established later.
  interrupt: { event: 'authorities.establishCrimeOrPendingCase', p: 'crimeEstablishedLater' },
} as const satisfies Omit<Driver, 'waiting'>;

/** Screening, the first step of every crosser's case. */
export const screening: Waiting = { duration: 'screening', choices: [{ event: 'authorities.screen', p: 'rest' }] };
