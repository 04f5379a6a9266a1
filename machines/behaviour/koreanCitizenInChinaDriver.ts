import { crosserBehaviour, screening } from './crosserBehaviour.js';
import type { Driver } from './Driver.js';

/** What Korean crossers, Chinese public security and the Korean side do, state by state (clauses 2, 3). */
export const koreanCitizenInChinaDriver: Driver = {
  ...crosserBehaviour,
  waiting: {
    detected: screening,
    repatriationDue: {
      duration: 'repatriation',
      choices: [
        { event: 'person.findsReturnInconvenient', p: 'returnInconvenient' },
        { event: 'publicSecurity.repatriates', p: 'rest' },
      ],
    },
    approvalSought: {
      duration: 'residenceReply',
      choices: [
        { event: 'korea.approvesResidence', p: 'koreaApprovesResidence' },
        { event: 'korea.refusesResidence', p: 'rest' },
      ],
    },
    // 2c: "if the necessity arises" — some residents are mobilized before the horizon, at a
    // uniform time in what is left of it; the rest stay settled. One who refuses is residing
    // again and draws anew over the time left: each round is a fresh necessity, and the horizon
    // ends the rounds (the fixed choice mobilizationRounds).
    residing: {
      duration: 'untilHorizon',
      choices: [
        { event: 'publicSecurity.mobilizesReturn', p: 'mobilizedToReturnLater' },
        { event: null, p: 'rest' },
      ],
    },
    mobilizedToReturn: {
      duration: 'mobilization',
      choices: [
        { event: 'person.agreesToReturn', p: 'agreesToReturnLater' },
        { event: 'person.refusesToReturn', p: 'rest' },
      ],
    },
  },
};
