import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, type AnyStateMachine } from 'xstate';
import { caseMachines, invariants, resolveReadings, type CaseHistory } from '../../machines/index.js';
import { caseInputs, eventAlphabet, moves, readingCombos } from '../laws/arbitraries.js';
import { runMoves } from '../laws/runMoves.js';
import { leafOf } from '../laws/machineShape.js';

// Every reading at its default (the readings' own list, so a new reading needs no edit here).
const defaults: Record<string, string> = resolveReadings({});
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
      ['postCableCrossersHandedOver', '4a'],
      ['punishmentFollowsCrossing', '4b'],
      ['laterMobilizationPersuades', '2c'],
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
      ['a crime coming to light in handoverDue that stays', history({ states: ['detected', 'handoverDue'], state: 'handoverDue', last: { event: 'authorities.establishCrimeOrPendingCase', from: 'handoverDue' } }), 'a crime came to light in handoverDue and the case is in handoverDue'],
      ['a host-side crime left in place under homeCountry', history({ context: { ...crime, crimeWhere: 'host' }, readings: { ...defaults, clause3Scope: 'homeCountry' }, states: ['detected', 'mobilized'], state: 'mobilized', last: { event: 'authorities.establishCrimeOrPendingCase', from: 'mobilized' } }), null],
      ['a home-side crime left in place under homeCountry', history({ context: { ...crime, crimeWhere: 'home' }, readings: { ...defaults, clause3Scope: 'homeCountry' }, states: ['detected', 'mobilized'], state: 'mobilized' }), 'screened with a crime, the case went to mobilized'],
      ['a host-side crime under anywhere', history({ context: { ...crime, crimeWhere: 'host' }, states: ['detected', 'mobilized'], state: 'mobilized' }), 'screened with a crime, the case went to mobilized'],
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
      ['residenceNeedsApproval', history({ kind: 'koreanCitizenInChina', state: 'residing', events: ['person.findsReturnInconvenient', 'korea.approvesResidence'], context: { hasCrimeOrPendingCase: true, crimeWhere: 'host' }, readings: { ...defaults, clause3Scope: 'homeCountry' } }), null],
      ['residenceNeedsApproval', history({ kind: 'koreanCitizenInChina', state: 'residing', events: ['person.findsReturnInconvenient', 'korea.approvesResidence'], context: { hasCrimeOrPendingCase: true, crimeWhere: 'host' } }), 'residing reached with a crime or pending case'],
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

  describe('postCableCrossersHandedOver', () => {
    // Histories, not results, in the table: the checks must run inside the tests.
    const late = { caseId: 'p', crossedOn: '1957-12-17', hasCrimeOrPendingCase: false };
    const early = { caseId: 'p', crossedOn: '1957-12-16', hasCrimeOrPendingCase: false };
    it.each([
      ['handed over', { context: late, states: ['detected', 'handoverDue', 'repatriated'], events: ['authorities.screen', 'korea.handsOver'], state: 'repatriated' }, null],
      ['sent back under clause 3', { context: late, states: ['detected', 'handoverDue', 'repatriated'], events: ['authorities.screen', 'authorities.establishCrimeOrPendingCase'], state: 'repatriated' }, null],
      ['waiting for the handover', { context: late, states: ['detected', 'handoverDue'], events: ['authorities.screen'], state: 'handoverDue' }, null],
      ['mobilized under the default reading', { context: late, states: ['detected', 'mobilized'], events: ['authorities.screen'], state: 'mobilized' }, 'a post-cable crosser reached mobilized'],
      ['a passport under the default reading', { context: late, states: ['detected', 'passportIssued'], state: 'passportIssued' }, 'a post-cable crosser reached passportIssued'],
      ['repatriated by another event', { context: late, states: ['detected', 'handoverDue', 'repatriated'], events: ['authorities.screen', 'person.agreesToReturn'], state: 'repatriated' }, 'a post-cable crosser was repatriated by person.agreesToReturn'],
      // The last event decides, whatever came before it (one event, and three).
      ['repatriated at screening for a crime known then (3)', { context: { ...late, hasCrimeOrPendingCase: true }, states: ['detected', 'repatriated'], events: ['authorities.screen'], state: 'repatriated' }, null],
      ['handed over after a host-side crime was left to the host side', { context: late, states: ['detected', 'handoverDue', 'handoverDue', 'repatriated'], events: ['authorities.screen', 'authorities.establishCrimeOrPendingCase', 'korea.handsOver'], state: 'repatriated' }, null],
      ['repatriated by another event after a handover was due', { context: late, states: ['detected', 'handoverDue', 'handoverDue', 'repatriated'], events: ['authorities.screen', 'korea.handsOver', 'person.agreesToReturn'], state: 'repatriated' }, 'a post-cable crosser was repatriated by person.agreesToReturn'],
      ['a passport under sameAsEarlierCrossers', { context: late, states: ['detected', 'passportIssued'], state: 'passportIssued', readings: { ...defaults, postCableCrossings: 'sameAsEarlierCrossers' } }, null],
      ['an earlier crosser with a passport', { context: early, states: ['detected', 'passportIssued'], state: 'passportIssued' }, null],
      ['a crosser of 19 December mobilized under effectiveDate=received', { context: { ...late, crossedOn: '1957-12-19' }, states: ['detected', 'mobilized'], state: 'mobilized', readings: { ...defaults, effectiveDate: 'received' } }, null],
    ] as [string, Partial<CaseHistory>, string | null][])('%s', (_, over, expected) => expect(check('postCableCrossersHandedOver', history(over))).toBe(expected));
  });

  describe('punishmentFollowsCrossing', () => {
    const late = { caseId: 'p', crossedOn: '1957-12-17', hasCrimeOrPendingCase: false, basis: ['4a', '4b'], punishment: 'severe' };
    const early = { caseId: 'p', crossedOn: '1957-12-16', hasCrimeOrPendingCase: false, basis: ['1a'] };
    const whenReturned = { ...defaults, punishment: 'whenReturned' };
    it.each([
      ['a post-cable crosser marked at screening', { context: late, states: ['detected', 'handoverDue'], state: 'handoverDue' }, null],
      ['a post-cable crosser not yet screened', { context: { ...late, basis: [], punishment: undefined }, states: ['detected'], state: 'detected' }, null],
      ['a post-cable crosser screened, unmarked', { context: { ...late, punishment: undefined }, states: ['detected', 'handoverDue'], state: 'handoverDue' }, 'a post-cable crosser in handoverDue was not punished'],
      ['punished without 4b', { context: { ...late, basis: ['4a'] }, states: ['detected', 'handoverDue'], state: 'handoverDue' }, 'punished without 4b in the basis'],
      ['an earlier crosser punished', { context: { ...early, basis: ['1a', '4b'], punishment: 'severe' }, states: ['detected', 'mobilized'], state: 'mobilized' }, 'a crossing of 1957-12-16, before the effective date, was punished'],
      ['an earlier crosser, unpunished', { context: early, states: ['detected', 'mobilized'], state: 'mobilized' }, null],
      ['whenReturned: a post-cable crosser waiting, unmarked', { context: { ...late, punishment: undefined }, states: ['detected', 'handoverDue'], state: 'handoverDue', readings: whenReturned }, null],
      ['whenReturned: a post-cable crosser marked before return', { context: late, states: ['detected', 'handoverDue'], state: 'handoverDue', readings: whenReturned }, 'a crosser in handoverDue was punished, which the reading punishment=whenReturned does not do'],
      ['whenReturned: repatriated and marked', { context: late, states: ['detected', 'handoverDue', 'repatriated'], state: 'repatriated', readings: whenReturned }, null],
      ['received: a crossing of 19 December is earlier', { context: { ...late, crossedOn: '1957-12-19' }, states: ['detected', 'handoverDue'], state: 'handoverDue', readings: { ...defaults, effectiveDate: 'received' } }, 'a crossing of 1957-12-19, before the effective date, was punished'],
    ] as [string, Partial<CaseHistory>, string | null][])('%s', (_, over, expected) => expect(check('punishmentFollowsCrossing', history(over))).toBe(expected));
  });

  describe('laterMobilizationPersuades', () => {
    const k = (states: string[], events: string[], readings = defaults) => history({ kind: 'koreanCitizenInChina', states, events, state: states.at(-1)!, readings });
    it.each([
      ['mobilized, then agreeing', k(['residing', 'mobilizedToReturn', 'repatriated'], ['publicSecurity.mobilizesReturn', 'person.agreesToReturn']), null],
      ['refusing, residing again', k(['residing', 'mobilizedToReturn', 'residing'], ['publicSecurity.mobilizesReturn', 'person.refusesToReturn']), null],
      ['sent back from residing', k(['residing', 'repatriated'], ['publicSecurity.mobilizesReturn']), 'a resident was repatriated by publicSecurity.mobilizesReturn without being mobilized and agreeing'],
      ['a refusal that sends back', k(['mobilizedToReturn', 'repatriated'], ['person.refusesToReturn']), 'a refusal led to repatriated'],
      ['clause 3 from residing', k(['residing', 'repatriated'], ['authorities.establishCrimeOrPendingCase']), null],
      ['sent back from residing under order', k(['residing', 'repatriated'], ['publicSecurity.mobilizesReturn'], { ...defaults, laterMobilization: 'order' }), null],
    ] as [string, CaseHistory, string | null][])('%s', (_, h, expected) => expect(check('laterMobilizationPersuades', h)).toBe(expected));
  });
});

/** Runs a machine through moves as a monitor sees it, and returns the first invariant it finds broken. */
function monitorRun(kind: string, machine: AnyStateMachine, readings: Readonly<Record<string, string>>, input: unknown, ms: readonly { send: string }[]): string | null {
  const actor = createActor(machine, { input }).start();
  const first = leafOf(actor.getSnapshot().value);
  const h = { kind, context: actor.getSnapshot().context, states: [first], events: [] as string[], state: first, readings } as {
    -readonly [K in keyof CaseHistory]: CaseHistory[K];
  };
  for (const { send } of ms) {
    if (actor.getSnapshot().status !== 'active') break;
    actor.send({ type: send });
    const s = actor.getSnapshot();
    const state = leafOf(s.value);
    h.last = { event: send, from: h.state };
    if (state !== h.state) {
      h.states = [...h.states, state];
      h.events = [...h.events, send];
      h.state = state;
    }
    h.context = s.context;
    if (s.status === 'done') h.output = s.output;
    for (const inv of invariants) {
      if (!(inv.kinds as readonly string[]).includes(kind)) continue;
      const wrong = inv.check(h);
      if (wrong) return `${inv.id}: ${wrong}`;
    }
  }
  actor.stop();
  return null;
}

describe('the monitors agree with the machines: no violation on any run, under every reading combination', () => {
  const alphabet = eventAlphabet(Object.values(caseMachines));
  describe.each(Object.keys(caseMachines) as (keyof typeof caseMachines)[])('%s', (kind) => {
    it.each(readingCombos(caseMachines[kind]).map((c) => [c.label, c] as const))('under %s', (_, c) => {
      const readings = resolveReadings(c.selection);
      fc.assert(
        fc.property(caseInputs[kind] as fc.Arbitrary<unknown>, moves(alphabet), (input, ms) => {
          // The moves go deep (events the state accepts, mixed with noise); the monitor sees what was sent.
          const sent = runMoves(c.machine, input, ms).sent.map((send) => ({ send }));
          const wrong = monitorRun(kind, c.machine, readings, input, sent);
          if (wrong) throw new Error(wrong);
        }),
        { numRuns: 40 },
      );
    });
  });
  it('catches a machine whose screening ignores the crime', () => {
    const broken = caseMachines.koreanCitizenInChina.provide({ guards: { hasCrimeOrPendingCase: () => false } });
    expect(monitorRun('koreanCitizenInChina', broken, resolveReadings({}), { caseId: 'k', crossedOn: '1957-01-01', hasCrimeOrPendingCase: true }, [{ send: 'authorities.screen' }])).toBe(
      'crimeMeansRepatriation: screened with a crime, the case went to repatriationDue',
    );
  });
});
