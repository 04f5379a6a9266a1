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
  // Record checks may count one cohort only: 4a and 4b treat crossings from the effective date
  // onward apart from earlier ones (clause 1's "already"), and so do the archives' figures.
  cohorts: {
    crossedBeforeEffectiveDate: 'crossed before the date the cable applies from (clause 1: "already" in Korea)',
    crossedAfterEffectiveDate: 'crossed on or after the date the cable applies from (4a: "from today onward")',
  },
  /**
   * A crosser's facts: the crossing date (two draws), whether clause 3 applies at screening, and
   * where a crime or case lies (drawn last, so the earlier draws keep their place in the stream).
   */
  drawCase(draws, context) {
    const { crossedOn, startDay, after, dayIndex } = drawCrossing(draws, context);
    const hasCrimeOrPendingCase = draws.bernoulli(context.probabilities.hasCrimeOrPendingCase);
    const onHostSide = draws.bernoulli(context.probabilities.crimeOnHostSide);
    const crimeWhere = onHostSide ? 'host' : 'home';
    const cohort = after ? 'crossedAfterEffectiveDate' : 'crossedBeforeEffectiveDate';
    // The input's values as one number (caseId is the context's): the date, then the two coins.
    const factKey = dayIndex * 4 + (hasCrimeOrPendingCase ? 2 : 0) + (onHostSide ? 1 : 0);
    return { input: { caseId: context.caseId, crossedOn, hasCrimeOrPendingCase, crimeWhere }, startDay, cohort, factKey };
  },
  // Clause 3 can strike while the case is open: a crime or pending case established later.
  interrupt: { event: 'authorities.establishCrimeOrPendingCase', p: 'crimeEstablishedLater' },
} as const satisfies Omit<Driver, 'waiting'>;

/** Screening, the first step of every crosser's case. */
export const screening: Waiting = { duration: 'screening', choices: [{ event: 'authorities.screen', p: 'rest' }] };
