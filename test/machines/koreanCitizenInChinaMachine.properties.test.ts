import type { AnyStateMachine } from 'xstate';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { applyReadings, caseMachines, koreanCitizenInChinaMachine as machine } from '../../machines/index.js';
import { crosserInput, eventAlphabet, readingCombos } from '../laws/arbitraries.js';
import { expectToFail } from '../laws/expectToFail.js';
import { residentsPersuaded } from '../laws/laterMobilization.js';
import { outcomeRequires } from '../laws/outcomeRequires.js';
import { variant, withTransition } from '../laws/variant.js';

const alphabet = eventAlphabet(Object.values(caseMachines));
type Facts = { hasCrimeOrPendingCase: boolean; crimeWhere: string };
const residing = (m: AnyStateMachine = machine, selection: Readonly<Record<string, string>> = {}) => ({
  machine: m,
  input: crosserInput(),
  alphabet,
  outcome: 'residing',
  events: ['person.findsReturnInconvenient', 'korea.approvesResidence'],
  never: ['authorities.establishCrimeOrPendingCase'],
  facts: {
    name: 'a record free of crimes that clause 3 covers',
    holds: (i: Facts) => !i.hasCrimeOrPendingCase || (selection['clause3Scope'] === 'homeCountry' && i.crimeWhere === 'host'),
  },
});

describe('koreanCitizenInChina › properties', () => {
  describe.each(readingCombos(machine))('under $label', ({ machine: m, selection }) => {
    it('§6.4 residing ⇒ inconvenience declared, Korean approval, no crime (2b)', () => fc.assert(outcomeRequires(residing(m, selection)), { numRuns: 80 }));
    if (selection['laterMobilization'] === 'persuasion') {
      it('§6.11 a resident is repatriated under 2c only after agreeing; a refusal means residing again (2c)', () => fc.assert(residentsPersuaded({ machine: m, alphabet }), { numRuns: 80 }));
    }
  });

  it('§6.4 catches a variant that lets the person reside without Korean approval (2b)', () => {
    const broken = variant(machine, (c) => withTransition(c, 'approvalSought', 'korea.refusesResidence', 'residing'));
    expectToFail(outcomeRequires(residing(broken)));
  });
  it('§6.11 catches the reading laterMobilization=order (2c)', () => {
    expectToFail(residentsPersuaded({ machine: applyReadings(machine, { laterMobilization: 'order' }), alphabet }));
  });
  it('§6.11 catches a variant where a refusal after mobilization sends the resident back (2c)', () => {
    const broken = variant(machine, (c) => withTransition(c, 'mobilizedToReturn', 'person.refusesToReturn', '#koreanCitizenInChina.repatriated'));
    expectToFail(residentsPersuaded({ machine: broken, alphabet }));
  });
});
