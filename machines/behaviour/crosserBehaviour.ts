import { drawCrossing } from './crossingDate.js';
import type { Driver, Waiting } from './Driver.js';

/** What both crosser kinds share: the population setting, facts, the clause-3 interrupt, screening. */
export const crosserBehaviour = {
  population: {
    crossedAfterCableShare: {
      default: 0.2,
      kind: 'share',
      description: 'share of crossers who crossed on or after 1957-12-17 (4a: "from today onward")',
    },
  },
  /** A crosser's facts: the crossing date (two draws), then whether clause 3 applies at screening. */
  drawCase(draws, context) {
    const { crossedOn, startDay } = drawCrossing(draws, context);
    const hasCrimeOrPendingCase = draws.bernoulli(context.probabilities.hasCrimeOrPendingCase);
    return { input: { caseId: context.caseId, crossedOn, hasCrimeOrPendingCase }, startDay };
  },
  // Clause 3 can strike while the case is open: a crime or pending case established later.
  interrupt: { event: 'authorities.establishCrimeOrPendingCase', p: 'crimeEstablishedLater' },
} as const satisfies Omit<Driver, 'waiting'>;

/** Screening, the first step of every crosser's case. */
export const screening: Waiting = { duration: 'screening', choices: [{ event: 'authorities.screen', p: 'rest' }] };
