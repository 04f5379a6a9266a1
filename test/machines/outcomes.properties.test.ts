import fc from 'fast-check';
import { describe, it } from 'vitest';
import { caseMachines } from '../../machines/index.js';
import { caseInputs, eventAlphabet, readingCombos } from '../laws/arbitraries.js';
import { expectToFail } from '../laws/expectToFail.js';
import { finalStatesAbsorbing, outcomesReachable } from '../laws/outcomesReachable.js';
import { variant, withoutEvent, withState } from '../laws/variant.js';

const alphabet = eventAlphabet(Object.values(caseMachines));

// Design §6.7 for every machine under every reading combination, with, per machine, the
// contract's final states, a state to make non-final and one to turn into a dead end in the
// broken variants.
describe.each([
  { kind: 'chineseResidentInKorea' as const, finals: ['repatriated', 'passportIssued', 'citizenshipRenounced'], reopen: 'repatriated', deadEnd: 'renunciationInProcess' },
  { kind: 'koreanCitizenInChina' as const, finals: ['repatriated'], reopen: 'repatriated', deadEnd: 'approvalSought' },
  { kind: 'emigrationApplication' as const, finals: ['rejected', 'departed'], reopen: 'rejected', deadEnd: 'approved' },
])('$kind › §6.7 final states absorb; an outcome is always reachable', ({ kind, finals, reopen, deadEnd }) => {
  const machine = caseMachines[kind];
  const law = { machine, input: caseInputs[kind] as fc.Arbitrary<unknown>, alphabet, finals };

  describe.each(readingCombos(machine))('under $label', ({ machine: m }) => {
    it('final states are absorbing, for the actor and for the pure transition()', () => fc.assert(finalStatesAbsorbing({ ...law, machine: m }), { numRuns: 60 }));
    it('an outcome is reachable from every reachable state', () => fc.assert(outcomesReachable({ ...law, machine: m }), { numRuns: 60 }));
  });

  it(`catches a variant where ${reopen} is not final`, () => {
    const initial = machine.config.initial as string;
    const broken = variant(machine, (c) => withState(c, reopen, (s) => ({ ...s, type: 'atomic', on: { 'authorities.screen': initial, 'publicSecurity.completesReview': initial } })));
    expectToFail(finalStatesAbsorbing({ ...law, machine: broken }));
  });
  it(`catches a variant where ${deadEnd} is a dead end`, () => {
    // Clause 3 on `open` would still lead out of it: the variant drops that too.
    const broken = variant(machine, (c) => withoutEvent(withState(c, deadEnd, (s) => ({ ...s, on: {} })), 'authorities.establishCrimeOrPendingCase'));
    expectToFail(outcomesReachable({ ...law, machine: broken }));
  });
});
