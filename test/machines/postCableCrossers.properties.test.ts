import fc from 'fast-check';
import { describe, it } from 'vitest';
import { applyReadings, caseMachines } from '../../machines/index.js';
import { eventAlphabet, readingCombos } from '../laws/arbitraries.js';
import { expectToFail } from '../laws/expectToFail.js';
import { postCableCrossersHandedOver } from '../laws/postCableCrossers.js';
import { variant, withState } from '../laws/variant.js';

const alphabet = eventAlphabet(Object.values(caseMachines));
const machine = caseMachines.chineseResidentInKorea;
const clause1 = ['mobilized', 'refused', 'consentSought', 'underInvestigation', 'renunciationInProcess', 'passportIssued', 'citizenshipRenounced'];
const law = { machine, selection: {}, alphabet, clause1 };

// Design §6.6 (4a): under postCableCrossings=returnAndPunish, whatever the other readings, a
// Chinese crosser on or after the effective date is never mobilized, never stays under clause 1,
// and is repatriated only through a handover by the Korean side (or clause 3).
describe('chineseResidentInKorea › §6.6 post-cable crossers are handed over (4a)', () => {
  describe.each(readingCombos(machine).filter((c) => c.selection['postCableCrossings'] === 'returnAndPunish'))('under $label', ({ machine: m, selection }) => {
    it('never mobilized, never stay, repatriated only by a handover or clause 3', () => fc.assert(postCableCrossersHandedOver({ ...law, machine: m, selection }), { numRuns: 80 }));
  });

  it('catches the other reading of postCableCrossings', () => {
    expectToFail(postCableCrossersHandedOver({ ...law, machine: applyReadings(machine, { postCableCrossings: 'sameAsEarlierCrossers' }) }));
  });
  it('catches version 1\u2019s return at screening, without a handover', () => {
    const broken = variant(machine, (c) =>
      withState(c, 'detected', (s) => {
        const screen = (s['on'] as Record<string, Record<string, unknown>[]>)['authorities.screen']!;
        return { ...s, on: { 'authorities.screen': screen.map((t) => (t['guard'] === 'isReturnedUnder4b' ? { ...t, target: '#chineseResidentInKorea.repatriated' } : t)) } };
      }),
    );
    expectToFail(postCableCrossersHandedOver({ ...law, machine: broken }));
  });
  it('catches a post-cable crosser judged against the wrong effective date', () => {
    // Crossings from 17 to 20 December 1957 are post-cable under effectiveDate=issued only.
    expectToFail(postCableCrossersHandedOver({ ...law, machine: applyReadings(machine, { effectiveDate: 'received' }) }));
  });
});
