import fc from 'fast-check';
import { describe, it } from 'vitest';
import { applyReadings, caseMachines } from '../../machines/index.js';
import { eventAlphabet } from '../laws/arbitraries.js';
import { expectToFail } from '../laws/expectToFail.js';
import { postCableCrossers } from '../laws/postCableCrossers.js';
import { variant, withState } from '../laws/variant.js';

const alphabet = eventAlphabet(Object.values(caseMachines));

// Design §6.6 and the 4b note of §5: under the default reading, a crosser on or after the
// cable's date never reaches clause 1's leniency, and is punished severely when sent back.
describe.each([
  { kind: 'chineseResidentInKorea' as const, unreachable: ['passportIssued', 'citizenshipRenounced'] },
  { kind: 'koreanCitizenInChina' as const, unreachable: [] },
])('$kind › §6.6 post-cable crossers (default reading)', ({ kind, unreachable }) => {
  const machine = caseMachines[kind];
  const law = { machine, alphabet, unreachable, repatriated: 'repatriated' };

  it('never stay under clause 1, and are punished when repatriated', () => fc.assert(postCableCrossers(law)));
  it('catches a variant that forgets the punishment', () => {
    const broken = variant(machine, (c) => withState(c, 'repatriated', (s) => ({ ...s, entry: [] })));
    expectToFail(postCableCrossers({ ...law, machine: broken }));
  });
  if (unreachable.length > 0) {
    it('catches the other reading of postCableCrossings', () => {
      expectToFail(postCableCrossers({ ...law, machine: applyReadings(machine, { postCableCrossings: 'sameAsEarlierCrossers' }) }));
    });
  }
});
