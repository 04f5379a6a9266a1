import { crosserBehaviour, screening } from './crosserBehaviour.js';
import type { Driver } from './Driver.js';

/** What Chinese crossers, the embassy and the Korean side do, state by state (clauses 1, 3). */
export const chineseResidentInKoreaDriver: Driver = {
  ...crosserBehaviour,
  waiting: {
    detected: screening,
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
