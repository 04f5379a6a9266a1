import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assign } from 'xstate';
import { applyReadings, caseMachines } from '../../machines/index.js';
import { eventAlphabet, readingCombos } from '../laws/arbitraries.js';
import { expectToFail } from '../laws/expectToFail.js';
import { punishmentFollowsCrossing } from '../laws/punishmentFollowsCrossing.js';
import { variant } from '../laws/variant.js';

const alphabet = eventAlphabet(Object.values(caseMachines));

// Design §6.9 (4b): punishment ⇔ a crossing on or after the effective date (at the moment the
// reading `punishment` says), with 4b in the basis, on both crosser machines and under every
// reading combination.
describe.each(['chineseResidentInKorea', 'koreanCitizenInChina'] as const)('%s › §6.9 punishment follows the crossing (4b)', (kind) => {
  const machine = caseMachines[kind];
  describe.each(readingCombos(machine))('under $label', ({ machine: m, selection }) => {
    it('punishes exactly the post-cable crossings the reading names, with 4b in the basis', () => fc.assert(punishmentFollowsCrossing({ machine: m, selection, alphabet }), { numRuns: 80 }));
  });

  const law = { machine, selection: {}, alphabet };
  type Ctx = { crossedOn: string; effectiveDate: string; basis: string[] };
  const punishWith = (update: (context: Ctx, when: string) => object) =>
    machine.provide({ actions: { punish: assign(({ context }: { context: Ctx }, params: { when: string }) => update(context, params.when)) } } as never);

  it('catches a variant that never punishes', () => {
    expectToFail(punishmentFollowsCrossing({ ...law, machine: punishWith(() => ({})) }));
  });
  it('catches a variant that punishes every crossing, before the effective date too', () => {
    expectToFail(punishmentFollowsCrossing({ ...law, machine: punishWith((c, when) => (when === 'screening' ? { punishment: 'severe', basis: [...c.basis, '4b'] } : {})) }));
  });
  it('catches a variant that punishes without citing 4b', () => {
    expectToFail(punishmentFollowsCrossing({ ...law, machine: punishWith((c, when) => (when === 'screening' && c.crossedOn >= c.effectiveDate ? { punishment: 'severe' } : {})) }));
  });
  it('catches a variant that ignores the effectiveDate reading (the date never fixed)', () => {
    const broken = variant(applyReadings(machine, { effectiveDate: 'received' }), (c) => ({ ...c, entry: [] }));
    expectToFail(punishmentFollowsCrossing({ ...law, machine: broken, selection: { effectiveDate: 'received' } }));
  });
  it('catches the reading punishment=whenReturned held to the default', () => {
    expectToFail(punishmentFollowsCrossing({ ...law, machine: applyReadings(machine, { punishment: 'whenReturned' }) }));
  });
});
