import { drawCrossing } from './crossingDate.js';
import { crosserPopulation } from './crosserPopulation.js';
import type { Driver } from './Driver.js';

/** What Korean crossers, Chinese public security and the Korean side do, state by state (clauses 2, 3). */
export const koreanCitizenInChinaDriver: Driver = {
  population: crosserPopulation,
  drawCase(draws, context) {
    const { crossedOn, startDay } = drawCrossing(draws, context);
    const hasCrimeOrPendingCase = draws.bernoulli(context.probabilities.hasCrimeOrPendingCase);
    return { input: { caseId: context.caseId, crossedOn, hasCrimeOrPendingCase }, startDay };
  },
  interrupt: { event: 'authorities.establishCrimeOrPendingCase', p: 'crimeEstablishedLater' },
  waiting: {
    detected: { duration: 'screening', choices: [{ event: 'authorities.screen', p: 'rest' }] },
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
    // uniform time in what is left of it; the rest stay settled.
    residing: {
      duration: 'untilHorizon',
      choices: [
        { event: 'publicSecurity.mobilizesReturn', p: 'mobilizedToReturnLater' },
        { event: null, p: 'rest' },
      ],
    },
  },
};
