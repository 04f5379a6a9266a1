import type { AnyStateMachine } from 'xstate';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { applyReadings, caseMachines, emigrationApplicationMachine as machine } from '../../machines/index.js';
import { applicationInput, eventAlphabet, readingCombos } from '../laws/arbitraries.js';
import { applicationsApproved } from '../laws/applicationsApproved.js';
import { expectToFail } from '../laws/expectToFail.js';
import { outcomeRequires } from '../laws/outcomeRequires.js';

const alphabet = eventAlphabet(Object.values(caseMachines));
type Application = { hasPoliticalIssues: boolean; hasPendingCase: boolean; isJustified: boolean };
const departed = (m: AnyStateMachine = machine, selection: Readonly<Record<string, string>> = {}) => ({
  machine: m,
  input: applicationInput(),
  alphabet,
  outcome: 'departed',
  events: ['publicSecurity.completesReview', 'person.departs'],
  never: ['authorities.establishCrimeOrPendingCase'],
  facts: {
    name: 'no political issues, no pending case, and (under unjustifiedApplications=reject) a justified application',
    holds: (i: Application) => !i.hasPoliticalIssues && !i.hasPendingCase && (i.isJustified || selection['unjustifiedApplications'] === 'approveLeniently'),
  },
});
const approval = (m: AnyStateMachine = machine) => ({
  machine: m,
  alphabet,
  reviewEvent: 'publicSecurity.completesReview',
  voiding: ['authorities.establishCrimeOrPendingCase'],
  approved: ['approved', 'departed'],
});

describe('emigrationApplication › properties', () => {
  describe.each(readingCombos(machine))('under $label', ({ machine: m, selection }) => {
    it('§6.5 departed ⇒ no political issues, no pending case, justified as the reading requires (4c)', () => fc.assert(outcomeRequires(departed(m, selection))));
    it('§6.5 every justified application without political issues or pending case is approved (4c)', () => fc.assert(applicationsApproved(approval(m))));
  });

  it('§6.5 catches the lenient reading held to the strict rule', () => {
    expectToFail(outcomeRequires(departed(applyReadings(machine, { unjustifiedApplications: 'approveLeniently' }))));
  });
  it('§6.5 catches a variant that ignores political issues', () => {
    const broken = machine.provide({ guards: { isRejected: ({ context }) => context.hasPendingCase || !context.isJustified } });
    expectToFail(outcomeRequires(departed(broken)));
  });
  it('§6.5 catches a variant that rejects every application', () => {
    expectToFail(applicationsApproved(approval(machine.provide({ guards: { isRejected: () => true } }))));
  });
});
