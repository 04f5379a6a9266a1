import { describe, expect, it } from 'vitest';
import { invariants, type CaseHistory } from '../../machines/index.js';

const defaults = { postCableCrossings: 'returnAndPunish', koreanSideDeclines: 'repatriate', unjustifiedApplications: 'reject' };
const history = (over: Partial<CaseHistory>): CaseHistory => ({
  kind: 'chineseResidentInKorea',
  context: { caseId: 'h', crossedOn: '1957-01-01', hasCrimeOrPendingCase: false },
  states: ['detected'],
  events: [],
  state: 'detected',
  readings: defaults,
  ...over,
});
const check = (id: string, h: CaseHistory) => invariants.find((i) => i.id === id)!.check(h);

describe('invariants (the monitors of design §6), branch by branch', () => {
  it('each cites clauses, names its kinds and states its guarantee', () => {
    expect(invariants.map((i) => [i.id, i.clauses.join(' ')])).toEqual([
      ['crimeMeansRepatriation', '3'],
      ['passportNeedsConsent', '1b'],
      ['renunciationNeedsConsent', '1c'],
      ['residenceNeedsApproval', '2b'],
      ['departureNeedsCleanApplication', '4c'],
      ['postCableCrossersReturnedAndPunished', '4a 4b'],
    ]);
    for (const i of invariants) expect(i.statement.length).toBeGreaterThan(40);
  });

  describe('crimeMeansRepatriation', () => {
    const crime = { caseId: 'h', crossedOn: '1957-01-01', hasCrimeOrPendingCase: true };
    it.each([
      ['a crime known, screened to mobilized', history({ context: crime, states: ['detected', 'mobilized'], state: 'mobilized' }), 'screened with a crime, the case went to mobilized'],
      ['a crime known, not yet screened', history({ context: crime }), null],
      ['a crime known, screened to repatriated', history({ context: crime, states: ['detected', 'repatriated'], state: 'repatriated' }), null],
      ['a crime coming to light in an open state that stays', history({ states: ['detected', 'mobilized'], state: 'mobilized', last: { event: 'authorities.establishCrimeOrPendingCase', from: 'mobilized' } }), 'a crime came to light in mobilized and the case is in mobilized'],
      ['a crime coming to light after a passport', history({ states: ['detected', 'passportIssued'], state: 'passportIssued', last: { event: 'authorities.establishCrimeOrPendingCase', from: 'passportIssued' } }), null],
      ['a crime coming to light after renunciation', history({ state: 'citizenshipRenounced', states: ['detected', 'citizenshipRenounced'], last: { event: 'authorities.establishCrimeOrPendingCase', from: 'citizenshipRenounced' } }), null],
      ['a crime coming to light after repatriation', history({ state: 'repatriated', states: ['detected', 'repatriated'], last: { event: 'authorities.establishCrimeOrPendingCase', from: 'repatriated' } }), null],
      ['another event in an open state', history({ states: ['detected', 'mobilized'], state: 'mobilized', last: { event: 'person.sneezes', from: 'mobilized' } }), null],
      ['a crime coming to light and the case repatriated', history({ states: ['detected', 'mobilized', 'repatriated'], state: 'repatriated', last: { event: 'authorities.establishCrimeOrPendingCase', from: 'mobilized' } }), null],
      ['leaving repatriated', history({ states: ['detected', 'repatriated', 'mobilized'], state: 'mobilized' }), 'the case left repatriated for mobilized'],
      ['repatriated as the first state', history({ states: ['repatriated'], state: 'repatriated' }), null],
      ['repatriated as the first state, then left', history({ states: ['repatriated', 'mobilized'], state: 'mobilized' }), 'the case left repatriated for mobilized'],
    ])('%s', (_, h, expected) => expect(check('crimeMeansRepatriation', h)).toBe(expected));
  });

  describe('outcomes that need steps (passport, renunciation, residence)', () => {
    const passportEvents = ['authorities.screen', 'person.refusesToReturn', 'embassy.seeksConsent', 'korea.consents', 'embassy.completesInvestigation'];
    it.each([
      ['passportNeedsConsent', history({ state: 'passportIssued', events: passportEvents }), null],
      ['passportNeedsConsent', history({ state: 'passportIssued', events: passportEvents.filter((e) => e !== 'korea.consents') }), 'passportIssued reached without korea.consents'],
      ['passportNeedsConsent', history({ state: 'passportIssued', events: ['authorities.screen', 'person.refusesToReturn'] }), 'passportIssued reached without embassy.seeksConsent, korea.consents, embassy.completesInvestigation'],
      ['passportNeedsConsent', history({ state: 'passportIssued', events: passportEvents, context: { hasCrimeOrPendingCase: true } }), 'passportIssued reached with a crime or pending case'],
      ['passportNeedsConsent', history({ state: 'passportIssued', events: [...passportEvents, 'authorities.establishCrimeOrPendingCase'] }), 'passportIssued reached with a crime or pending case'],
      ['passportNeedsConsent', history({ state: 'mobilized' }), null],
      ['renunciationNeedsConsent', history({ state: 'citizenshipRenounced', events: ['korea.consents', 'person.requestsRenunciation'] }), 'citizenshipRenounced reached without embassy.approvesRenunciation'],
      ['residenceNeedsApproval', history({ kind: 'koreanCitizenInChina', state: 'residing', events: ['person.findsReturnInconvenient'] }), 'residing reached without korea.approvesResidence'],
      ['residenceNeedsApproval', history({ kind: 'koreanCitizenInChina', state: 'residing', events: ['person.findsReturnInconvenient', 'korea.approvesResidence'] }), null],
    ])('%s: %#', (id, h, expected) => expect(check(id, h)).toBe(expected));
  });

  describe('departureNeedsCleanApplication', () => {
    const clean = { caseId: 'a', submittedOn: '1958-01-01', hasPoliticalIssues: false, hasPendingCase: false, isJustified: true };
    const departed = (context: object, readings = defaults, events: string[] = []) =>
      check('departureNeedsCleanApplication', history({ kind: 'emigrationApplication', state: 'departed', context: { ...clean, ...context }, readings, events }));
    it.each([
      [{}, defaults, [], null],
      [{ hasPoliticalIssues: true }, defaults, [], 'departed with political issues or a pending case'],
      [{ hasPendingCase: true }, defaults, [], 'departed with political issues or a pending case'],
      [{}, defaults, ['authorities.establishCrimeOrPendingCase'], 'departed with political issues or a pending case'],
      [{ isJustified: false }, defaults, [], 'departed with an unjustified application under the reading "reject"'],
      [{ isJustified: false }, { ...defaults, unjustifiedApplications: 'approveLeniently' }, [], null],
    ])('%j under %j after %j', (context, readings, events, expected) => expect(departed(context, readings, events)).toBe(expected));
    it('ignores cases not departed', () => {
      expect(check('departureNeedsCleanApplication', history({ kind: 'emigrationApplication', state: 'approved', context: { hasPoliticalIssues: true } }))).toBeNull();
    });
  });

  describe('postCableCrossersReturnedAndPunished', () => {
    // Histories, not results, in the table: the checks must run inside the tests.
    const late = { caseId: 'p', crossedOn: '1957-12-17', hasCrimeOrPendingCase: false };
    const early = { caseId: 'p', crossedOn: '1957-12-16', hasCrimeOrPendingCase: false };
    it.each([
      ['repatriated and punished', { context: late, state: 'repatriated', output: { outcome: 'repatriated', punishment: 'severe' } }, null],
      ['repatriated, not punished', { context: late, state: 'repatriated', output: { outcome: 'repatriated' } }, 'a post-cable crosser was repatriated without punishment'],
      ['repatriated, output not yet known', { context: late, state: 'repatriated' }, null],
      ['a passport under the default reading', { context: late, state: 'passportIssued' }, 'a post-cable crosser reached passportIssued'],
      ['renunciation under the default reading', { context: late, state: 'citizenshipRenounced' }, 'a post-cable crosser reached citizenshipRenounced'],
      ['a passport under sameAsEarlierCrossers', { context: late, state: 'passportIssued', readings: { ...defaults, postCableCrossings: 'sameAsEarlierCrossers' } }, null],
      ['an earlier crosser, unpunished', { context: early, state: 'repatriated', output: { outcome: 'repatriated' } }, null],
      ['an earlier crosser with a passport', { context: early, state: 'passportIssued' }, null],
    ] as [string, Partial<CaseHistory>, string | null][])('%s', (_, over, expected) =>
      expect(check('postCableCrossersReturnedAndPunished', history(over))).toBe(expected),
    );
  });
});
