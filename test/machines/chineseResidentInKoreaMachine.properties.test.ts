import type { AnyStateMachine } from 'xstate';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { caseMachines, chineseResidentInKoreaMachine as machine } from '../../machines/index.js';
import { crosserInput, eventAlphabet, readingCombos } from '../laws/arbitraries.js';
import { expectToFail } from '../laws/expectToFail.js';
import { outcomeRequires } from '../laws/outcomeRequires.js';
import { variant, withTransition } from '../laws/variant.js';

const alphabet = eventAlphabet(Object.values(caseMachines));
type Facts = { hasCrimeOrPendingCase: boolean; crimeWhere: string };
/** No crime or case that clause 3 covers under the selection's clause3Scope. */
const noCoveredCrime = (selection: Readonly<Record<string, string>>) => ({
  name: 'a record free of crimes that clause 3 covers',
  holds: (i: Facts) => !i.hasCrimeOrPendingCase || (selection['clause3Scope'] === 'homeCountry' && i.crimeWhere === 'host'),
});

const passport = (m: AnyStateMachine = machine, selection: Readonly<Record<string, string>> = {}) => ({
  machine: m,
  input: crosserInput(),
  alphabet,
  outcome: 'passportIssued',
  events: ['person.refusesToReturn', 'embassy.seeksConsent', 'korea.consents', 'embassy.completesInvestigation'],
  never: ['authorities.establishCrimeOrPendingCase'],
  facts: noCoveredCrime(selection),
});
const renounced = (m: AnyStateMachine = machine, selection: Readonly<Record<string, string>> = {}) => ({
  ...passport(m, selection),
  outcome: 'citizenshipRenounced',
  events: ['korea.consents', 'person.requestsRenunciation', 'embassy.approvesRenunciation'],
});

describe('chineseResidentInKorea › properties', () => {
  describe.each(readingCombos(machine))('under $label', ({ machine: m, selection }) => {
    it('§6.2 passportIssued ⇒ refusal, consent sought, Korean consent, investigation, no crime (1b)', () => fc.assert(outcomeRequires(passport(m, selection)), { numRuns: 60 }));
    it('§6.3 citizenshipRenounced ⇒ Korean consent, the request, approval, no crime (1c)', () => fc.assert(outcomeRequires(renounced(m, selection)), { numRuns: 60 }));
  });

  it('§6.2 catches a variant that skips the Korean consent (1b)', () => {
    const broken = variant(machine, (c) => withTransition(c, 'refused', 'embassy.seeksConsent', 'underInvestigation'));
    expectToFail(outcomeRequires(passport(broken)));
  });
  it('§6.3 catches a variant where a refusal leads straight to renunciation (1c)', () => {
    const broken = variant(machine, (c) => withTransition(c, 'mobilized', 'person.requestsRenunciation', 'renunciationInProcess'));
    expectToFail(outcomeRequires(renounced(broken)));
  });
});
