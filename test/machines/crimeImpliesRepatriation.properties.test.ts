import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { applyReadings, caseMachines } from '../../machines/index.js';
import { eventAlphabet, readingCombos } from '../laws/arbitraries.js';
import { crimeEstablishedMidway, crimeKnownAtScreening, hostCrimeLeftToHostLaw, type CrimeLawOptions } from '../laws/crimeImpliesRepatriation.js';
import { expectToFail } from '../laws/expectToFail.js';
import { variant, withoutEvent, withState } from '../laws/variant.js';

const alphabet = eventAlphabet(Object.values(caseMachines));
const crimeEvent = 'authorities.establishCrimeOrPendingCase';
const kinds = [
  {
    kind: 'chineseResidentInKorea' as const,
    // A deep open state shadows the override with a handler of its own (a child's transition
    // comes before its parent's) in a broken variant.
    shadow: 'underInvestigation',
  },
  {
    kind: 'koreanCitizenInChina' as const,
    // The settled state shadows the override in a broken variant.
    shadow: 'residing',
  },
];

// Design §6.1, the headline: clause 3 — a crosser with a crime or pending case is always sent
// back, under arbitrary event orders, on both crosser machines and under every reading
// combination. Under clause3Scope=homeCountry it is stated for home-side crimes, and host-side
// ones are shown left to the host side's law.
describe.each(kinds)('$kind › §6.1 crime ⇒ repatriation (clause 3)', ({ kind, shadow }) => {
  const machine = caseMachines[kind];
  const law: CrimeLawOptions = { machine, alphabet, screenEvent: 'authorities.screen', crimeEvent, repatriated: 'repatriated' };

  describe.each(readingCombos(machine))('under $label', ({ selection, machine: m }) => {
    const where = selection['clause3Scope'] === 'homeCountry' ? ('home' as const) : undefined;
    it('holds for a crime known at screening, under any events before screening', () => {
      fc.assert(crimeKnownAtScreening({ ...law, machine: m, ...(where ? { where } : {}) }), { numRuns: 60 });
    });
    it('holds for a crime established while the case is open, under any later events', () => {
      fc.assert(crimeEstablishedMidway({ ...law, machine: m, ...(where ? { where } : {}) }), { numRuns: 60 });
    });
    if (where) {
      it('leaves a host-side crime to the host side\u2019s law (4a), never sending the case back by itself', () => {
        fc.assert(hostCrimeLeftToHostLaw({ ...law, machine: m }), { numRuns: 60 });
      });
    }
  });

  it('catches a variant whose screening ignores the crime (override removed via provide)', () => {
    expectToFail(crimeKnownAtScreening({ ...law, machine: machine.provide({ guards: { hasCrimeOrPendingCase: () => false } }) }));
  });
  it('catches a variant without the mid-way override (its transition on open removed)', () => {
    expectToFail(crimeEstablishedMidway({ ...law, machine: variant(machine, (c) => withoutEvent(c, crimeEvent)) }));
  });
  it(`catches a variant where ${shadow} shadows the override with its own handler`, () => {
    const broken: AnyStateMachine = variant(machine, (c) => withState(c, shadow, (s) => ({ ...s, on: { ...(s['on'] as object), [crimeEvent]: { actions: [] } } })));
    expectToFail(crimeEstablishedMidway({ ...law, machine: broken }));
  });
  it('catches the reading clause3Scope=homeCountry when host-side crimes are let in', () => {
    expectToFail(crimeEstablishedMidway({ ...law, machine: applyReadings(machine, { clause3Scope: 'homeCountry' }) }));
  });
  it('catches the reading clause3Scope=anywhere against the host-side law', () => {
    expectToFail(hostCrimeLeftToHostLaw({ ...law, machine: applyReadings(machine, { clause3Scope: 'anywhere' }) }));
  });
});
