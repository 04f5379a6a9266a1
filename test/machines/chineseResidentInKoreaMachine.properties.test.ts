import fc from 'fast-check';
import { describe, it } from 'vitest';
import { applyReadings, caseMachines, chineseResidentInKoreaMachine as machine } from '../../machines/index.js';
import { crimeEstablishedMidway, crimeKnownAtScreening, type CrimeLawOptions } from '../laws/crimeImpliesRepatriation.js';
import { crosserInput, eventAlphabet } from '../laws/arbitraries.js';
import { expectToFail } from '../laws/expectToFail.js';
import { outcomeRequires } from '../laws/outcomeRequires.js';
import { finalStatesAbsorbing, outcomesReachable } from '../laws/outcomesReachable.js';
import { postCableCrossers } from '../laws/postCableCrossers.js';
import { variant, withoutEvent, withState } from '../laws/variant.js';

const alphabet = eventAlphabet(Object.values(caseMachines));
const crime: CrimeLawOptions = {
  machine,
  alphabet,
  screenEvent: 'authorities.screen',
  crimeEvent: 'authorities.establishCrimeOrPendingCase',
  repatriated: 'repatriated',
};
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
const postCable = { machine, alphabet, unreachable: ['passportIssued', 'citizenshipRenounced'], repatriated: 'repatriated' };
const reach = { machine, input: crosserInput(), alphabet, finals: ['repatriated', 'passportIssued', 'citizenshipRenounced'] };

describe('chineseResidentInKorea › properties', () => {
  describe('§6.1 crime ⇒ repatriation (clause 3)', () => {
    it('holds for a crime known at screening, under any events before screening', () => {
      fc.assert(crimeKnownAtScreening(crime));
    });
    it('holds for a crime established while the case is open, under any later events', () => {
      fc.assert(crimeEstablishedMidway(crime));
    });
    it('holds under every reading', () => {
      const m = applyReadings(machine, { postCableCrossings: 'sameAsEarlierCrossers', koreanSideDeclines: 'mobilizeAgain' });
      fc.assert(crimeKnownAtScreening({ ...crime, machine: m }));
      fc.assert(crimeEstablishedMidway({ ...crime, machine: m }));
    });
    it('catches a variant whose screening ignores the crime (override removed via provide)', () => {
      const broken = machine.provide({ guards: { hasCrimeOrPendingCase: () => false } });
      expectToFail(crimeKnownAtScreening({ ...crime, machine: broken }));
    });
    it('catches a variant without the mid-way override (its transitions removed)', () => {
      const broken = variant(machine, (c) => withoutEvent(c, crime.crimeEvent));
      expectToFail(crimeEstablishedMidway({ ...crime, machine: broken }));
    });
  });

  describe('§6.2 passportIssued ⇒ refusal, consent sought, Korean consent, investigation, no crime', () => {
    it('holds', () => fc.assert(outcomeRequires(passport)));
    it('catches a variant that skips the Korean consent', () => {
      const broken = variant(machine, (c) =>
        withState(c, 'refused', (s) => ({ ...s, on: { 'embassy.seeksConsent': { target: 'underInvestigation', meta: { clauses: ['1b'] } } } })),
      );
      expectToFail(outcomeRequires({ ...passport, machine: broken }));
    });
  });

  describe('§6.3 citizenshipRenounced ⇒ Korean consent, the request, approval, no crime', () => {
    it('holds', () => fc.assert(outcomeRequires(renounced)));
    it('catches a variant where a refusal leads straight to renunciation', () => {
      const broken = variant(machine, (c) =>
        withState(c, 'mobilized', (s) => ({
          ...s,
          on: { ...(s['on'] as object), 'person.requestsRenunciation': { target: 'renunciationInProcess', meta: { clauses: ['1c'] } } },
        })),
      );
      expectToFail(outcomeRequires({ ...renounced, machine: broken }));
    });
  });

  describe('§6.6 default reading: post-cable crossers never stay and are punished when repatriated', () => {
    it('holds', () => fc.assert(postCableCrossers(postCable)));
    it('catches the other reading of postCableCrossings', () => {
      const other = applyReadings(machine, { postCableCrossings: 'sameAsEarlierCrossers' });
      expectToFail(postCableCrossers({ ...postCable, machine: other }));
    });
    it('catches a variant that forgets the punishment', () => {
      const broken = variant(machine, (c) => withState(c, 'repatriated', (s) => ({ ...s, entry: [] })));
      expectToFail(postCableCrossers({ ...postCable, machine: broken }));
    });
  });

  describe('§6.7 final states absorb; an outcome is always reachable', () => {
    it('final states are absorbing', () => fc.assert(finalStatesAbsorbing(reach)));
    it('an outcome is reachable from every reachable state', () => fc.assert(outcomesReachable(reach)));
    it('catches a variant whose repatriation is not final', () => {
      const broken = variant(machine, (c) =>
        withState(c, 'repatriated', (s) => ({ ...s, type: 'atomic', on: { 'person.refusesToReturn': 'refused' } })),
      );
      expectToFail(finalStatesAbsorbing({ ...reach, machine: broken }));
    });
    it('catches a variant with a dead end (renunciation never decided, no clause-3 override)', () => {
      const broken = variant(machine, (c) => withState(c, 'renunciationInProcess', (s) => ({ ...s, on: {} })));
      expectToFail(outcomesReachable({ ...reach, machine: broken }));
    });
  });
});
