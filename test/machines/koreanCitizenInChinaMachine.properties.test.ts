import fc from 'fast-check';
import { describe, it } from 'vitest';
import { caseMachines, koreanCitizenInChinaMachine as machine } from '../../machines/index.js';
import { crosserInput, eventAlphabet } from '../laws/arbitraries.js';
import { expectToFail } from '../laws/expectToFail.js';
import { outcomeRequires } from '../laws/outcomeRequires.js';
import { variant, withTransition } from '../laws/variant.js';

const alphabet = eventAlphabet(Object.values(caseMachines));
const residing = {
  machine,
  input: crosserInput(),
  alphabet,
  outcome: 'residing',
  events: ['person.findsReturnInconvenient', 'korea.approvesResidence'],
  never: ['authorities.establishCrimeOrPendingCase'],
  facts: { name: 'a crime-free record', holds: (i: { hasCrimeOrPendingCase: boolean }) => !i.hasCrimeOrPendingCase },
};

describe('koreanCitizenInChina › properties', () => {
  describe('§6.4 residing ⇒ inconvenience declared, Korean approval, no crime', () => {
    it('holds', () => fc.assert(outcomeRequires(residing)));
    it('catches a variant that lets the person reside without Korean approval', () => {
      const broken = variant(machine, (c) => withTransition(c, 'approvalSought', 'korea.refusesResidence', 'residing'));
      expectToFail(outcomeRequires({ ...residing, machine: broken }));
    });
  });
});
