import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { applyReadings, caseMachines, readings } from '../../machines/index.js';
import { eventAlphabet } from '../laws/arbitraries.js';
import { crimeEstablishedMidway, crimeKnownAtScreening, type CrimeLawOptions } from '../laws/crimeImpliesRepatriation.js';
import { expectToFail } from '../laws/expectToFail.js';
import { variant, withoutEvent, withState } from '../laws/variant.js';

const alphabet = eventAlphabet(Object.values(caseMachines));
const crimeEvent = 'authorities.establishCrimeOrPendingCase';

/** Every reading's every option, applied one at a time. */
const everyReading = (m: AnyStateMachine) =>
  Object.entries(readings).flatMap(([id, r]) => Object.keys(r.options).map((o) => [`${id}=${o}`, applyReadings(m, { [id]: o })] as const));

// Design §6.1, the headline: clause 3 — a crosser with a crime or pending case is always sent back.
describe.each([
  {
    kind: 'chineseResidentInKorea' as const,
    // A deep open state shadows the override with a handler of its own (a child's transition
    // comes before its parent's) in a broken variant.
    escapes: (m: AnyStateMachine) => variant(m, (c) => withState(c, 'underInvestigation', (s) => ({ ...s, on: { ...(s['on'] as object), [crimeEvent]: { actions: [] } } }))),
  },
  {
    kind: 'koreanCitizenInChina' as const,
    // The settled state shadows the override in a broken variant.
    escapes: (m: AnyStateMachine) => variant(m, (c) => withState(c, 'residing', (s) => ({ ...s, on: { ...(s['on'] as object), [crimeEvent]: { actions: [] } } }))),
  },
])('$kind › §6.1 crime ⇒ repatriation (clause 3)', ({ kind, escapes }) => {
  const machine = caseMachines[kind];
  const law: CrimeLawOptions = { machine, alphabet, screenEvent: 'authorities.screen', crimeEvent, repatriated: 'repatriated' };

  it('holds for a crime known at screening, under any events before screening', () => {
    fc.assert(crimeKnownAtScreening(law));
  });
  it('holds for a crime established while the case is open, under any later events', () => {
    fc.assert(crimeEstablishedMidway(law));
  });
  it.each(everyReading(machine))('holds under the reading %s', (_, m) => {
    fc.assert(crimeKnownAtScreening({ ...law, machine: m }));
    fc.assert(crimeEstablishedMidway({ ...law, machine: m }));
  });
  it('catches a variant whose screening ignores the crime (override removed via provide)', () => {
    expectToFail(crimeKnownAtScreening({ ...law, machine: machine.provide({ guards: { hasCrimeOrPendingCase: () => false } }) }));
  });
  it('catches a variant without the mid-way override (its transitions removed)', () => {
    expectToFail(crimeEstablishedMidway({ ...law, machine: variant(machine, (c) => withoutEvent(c, crimeEvent)) }));
  });
  it('catches a variant where one open state shadows the override with its own handler', () => {
    expectToFail(crimeEstablishedMidway({ ...law, machine: escapes(machine) }));
  });
});
