import { drawCrossing } from './crossingDate.js';
import { crosserPopulation } from './crosserPopulation.js';
import type { Driver } from './Driver.js';

/** What Chinese crossers, the embassy and the Korean side do, state by state (clauses 1, 3). */
export const chineseResidentInKoreaDriver: Driver = {
  population: crosserPopulation,
  drawCase(draws, context) {
    const { crossedOn, startDay } = drawCrossing(draws, context);
    const hasCrimeOrPendingCase = draws.bernoulli(context.probabilities.hasCrimeOrPendingCase);
    return { input: { caseId: context.caseId, crossedOn, hasCrimeOrPendingCase }, startDay };
  },
  // Clause 3 can strike while the case is open: a crime or pending case established later.
  interrupt: { event: 'authorities.establishCrimeOrPendingCase', p: 'crimeEstablishedLater' },
  waiting: {
    detected: { duration: 'screening', choices: [{ event: 'authorities.screen', p: 'rest' }] },
    mobilized: {
      duration: 'mobilization',
      choices: [
        { event: 'person.agreesToReturn', p: 'agreesToReturn' },
        { event: 'person.refusesToReturn', p: 'rest' },
      ],
    },
    refused: { duration: 'consentRequest', choices: [{ event: 'embassy.seeksConsent', p: 'rest' }] },
    consentSought: {
      duration: 'consentReply',
      choices: [
        { event: 'korea.consents', p: 'koreaConsents' },
        { event: 'korea.declines', p: 'rest' },
      ],
    },
    underInvestigation: {
      duration: 'investigation',
      choices: [
        { event: 'person.requestsRenunciation', p: 'requestsRenunciation' },
        { event: 'embassy.completesInvestigation', p: 'rest' },
      ],
    },
    renunciationInProcess: { duration: 'renunciation', choices: [{ event: 'embassy.approvesRenunciation', p: 'rest' }] },
  },
};
