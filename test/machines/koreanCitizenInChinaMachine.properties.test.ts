import fc from 'fast-check';
import { describe, it } from 'vitest';
import { caseMachines, koreanCitizenInChinaMachine as machine } from '../../machines/index.js';
import { crosserInput, eventAlphabet } from '../laws/arbitraries.js';
import { crimeEstablishedMidway, crimeKnownAtScreening, type CrimeLawOptions } from '../laws/crimeImpliesRepatriation.js';
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
const residing = {
  machine,
  input: crosserInput(),
  alphabet,
  outcome: 'residing',
  events: ['person.findsReturnInconvenient', 'korea.approvesResidence'],
  never: ['authorities.establishCrimeOrPendingCase'],
  facts: { name: 'a crime-free record', holds: (i: { hasCrimeOrPendingCase: boolean }) => !i.hasCrimeOrPendingCase },
};
const postCable = { machine, alphabet, unreachable: [], repatriated: 'repatriated' };
const reach = { machine, input: crosserInput(), alphabet, finals: ['repatriated'] };

describe('koreanCitizenInChina › properties', () => {
  describe('§6.1 crime ⇒ repatriation (clause 3)', () => {
    it('holds for a crime known at screening, under any events before screening', () => {
      fc.assert(crimeKnownAtScreening(crime));
    });
    it('holds for a crime established while the case is open — residing included — under any later events', () => {
      fc.assert(crimeEstablishedMidway(crime));
    });
    it('catches a variant whose screening ignores the crime (override removed via provide)', () => {
      const broken = machine.provide({ guards: { hasCrimeOrPendingCase: () => false } });
      expectToFail(crimeKnownAtScreening({ ...crime, machine: broken }));
    });
    it('catches a variant where a settled resident escapes the override', () => {
      const broken = variant(machine, (c) =>
        withState(c, 'residing', (s) => ({ ...s, on: { 'publicSecurity.mobilizesReturn': 'repatriated' } })),
      );
      expectToFail(crimeEstablishedMidway({ ...crime, machine: broken }));
    });
    it('catches a variant without the mid-way override (its transitions removed)', () => {
      expectToFail(crimeEstablishedMidway({ ...crime, machine: variant(machine, (c) => withoutEvent(c, crime.crimeEvent)) }));
    });
  });

  describe('§6.4 residing ⇒ inconvenience declared, Korean approval, no crime', () => {
    it('holds', () => fc.assert(outcomeRequires(residing)));
    it('catches a variant that lets the person reside without Korean approval', () => {
      const broken = variant(machine, (c) =>
        withState(c, 'approvalSought', (s) => ({
          ...s,
          on: { ...(s['on'] as object), 'korea.refusesResidence': { target: 'residing', meta: { clauses: ['2b'] } } },
        })),
      );
      expectToFail(outcomeRequires({ ...residing, machine: broken }));
    });
  });

  describe('4b: post-cable crossers are punished when repatriated', () => {
    it('holds', () => fc.assert(postCableCrossers(postCable)));
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
        withState(c, 'repatriated', (s) => ({ ...s, type: 'atomic', on: { 'korea.approvesResidence': 'residing' } })),
      );
      expectToFail(finalStatesAbsorbing({ ...reach, machine: broken }));
    });
    it('catches a variant with a dead end (approval never answered, no clause-3 override)', () => {
      const broken = variant(machine, (c) => withState(c, 'approvalSought', (s) => ({ ...s, on: {} })));
      expectToFail(outcomesReachable({ ...reach, machine: broken }));
    });
  });
});
