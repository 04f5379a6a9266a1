import fc from 'fast-check';
import { describe, it } from 'vitest';
import { caseMachines, chineseResidentInKoreaMachine as machine } from '../../machines/index.js';
import { crosserInput, eventAlphabet } from '../laws/arbitraries.js';
import { expectToFail } from '../laws/expectToFail.js';
import { outcomeRequires } from '../laws/outcomeRequires.js';
import { variant, withTransition } from '../laws/variant.js';

const alphabet = eventAlphabet(Object.values(caseMachines));
const noCrimeEvent = ['authorities.establishCrimeOrPendingCase'];
const noCrime = { name: 'a crime-free record', holds: (i: { hasCrimeOrPendingCase: boolean }) => !i.hasCrimeOrPendingCase };

const passport = {
  machine,
  input: crosserInput(),
  alphabet,
  outcome: 'passportIssued',
  events: ['person.refusesToReturn', 'embassy.seeksConsent', 'korea.consents', 'embassy.completesInvestigation'],
  never: noCrimeEvent,
  facts: noCrime,
};
const renounced = {
  ...passport,
  outcome: 'citizenshipRenounced',
  events: ['korea.consents', 'person.requestsRenunciation', 'embassy.approvesRenunciation'],
};

describe('chineseResidentInKorea › properties', () => {
  describe('§6.2 passportIssued ⇒ refusal, consent sought, Korean consent, investigation, no crime', () => {
    it('holds', () => fc.assert(outcomeRequires(passport)));
    it('catches a variant that skips the Korean consent', () => {
      const broken = variant(machine, (c) => withTransition(c, 'refused', 'embassy.seeksConsent', 'underInvestigation'));
      expectToFail(outcomeRequires({ ...passport, machine: broken }));
    });
  });

  describe('§6.3 citizenshipRenounced ⇒ Korean consent, the request, approval, no crime', () => {
    it('holds', () => fc.assert(outcomeRequires(renounced)));
    it('catches a variant where a refusal leads straight to renunciation', () => {
      const broken = variant(machine, (c) => withTransition(c, 'mobilized', 'person.requestsRenunciation', 'renunciationInProcess'));
      expectToFail(outcomeRequires({ ...renounced, machine: broken }));
    });
  });
});
