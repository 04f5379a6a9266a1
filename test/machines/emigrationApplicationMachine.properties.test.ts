import fc from 'fast-check';
import { describe, it } from 'vitest';
import { applyReadings, caseMachines, emigrationApplicationMachine as machine } from '../../machines/index.js';
import { applicationInput, eventAlphabet } from '../laws/arbitraries.js';
import { applicationsApproved } from '../laws/applicationsApproved.js';
import { expectToFail } from '../laws/expectToFail.js';
import { outcomeRequires } from '../laws/outcomeRequires.js';

const alphabet = eventAlphabet(Object.values(caseMachines));
type Application = { hasPoliticalIssues: boolean; hasPendingCase: boolean; isJustified: boolean };
const departed = {
  machine,
  input: applicationInput(),
  alphabet,
  outcome: 'departed',
  events: ['publicSecurity.completesReview', 'person.departs'],
  never: ['authorities.establishCrimeOrPendingCase'],
  facts: {
    name: 'no political issues, no pending case, a justified application',
    holds: (i: Application) => !i.hasPoliticalIssues && !i.hasPendingCase && i.isJustified,
  },
};
const approval = {
  machine,
  alphabet,
  reviewEvent: 'publicSecurity.completesReview',
  voiding: ['authorities.establishCrimeOrPendingCase'],
  approved: ['approved', 'departed'],
};

describe('emigrationApplication › properties', () => {
  describe('§6.5 departed ⇒ no political issues, no pending case, justified (4c)', () => {
    it('holds', () => fc.assert(outcomeRequires(departed)));
    it('catches the lenient reading of unjustified applications', () => {
      expectToFail(outcomeRequires({ ...departed, machine: applyReadings(machine, { unjustifiedApplications: 'approveLeniently' }) }));
    });
    it('catches a variant that ignores political issues', () => {
      const broken = machine.provide({ guards: { isRejected: ({ context }) => context.hasPendingCase || !context.isJustified } });
      expectToFail(outcomeRequires({ ...departed, machine: broken }));
    });
  });

  describe('§6.5 every justified application without political issues or pending case is approved (4c)', () => {
    it('holds', () => fc.assert(applicationsApproved(approval)));
    it('catches a variant that rejects every application', () => {
      expectToFail(applicationsApproved({ ...approval, machine: machine.provide({ guards: { isRejected: () => true } }) }));
    });
  });

});
