import { crosserBehaviour, screening } from './crosserBehaviour.js';
import type { Driver } from './Driver.js';

/** What Chinese crossers, the Chinese Embassy and the Korean side do, state by state (clauses 1, 3, 4a). */
export const chineseResidentInKoreaDriver: Driver = {
  ...crosserBehaviour,
  waiting: {
    detected: screening,
    // 4a in practice: the Korean side hands a post-cable crosser over, or never does (the case
    // then stays open at the horizon: the policy on paper meeting practice).
    handoverDue: {
      duration: 'handover',
      choices: [
        { event: 'korea.handsOver', p: 'koreaHandsOver' },
        { event: null, p: 'rest' },
      ],
    },
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
