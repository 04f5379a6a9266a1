import { describe, expect, it } from 'vitest';
import { runCase, parseEventText } from '../../../src/case/runCase.js';
import { openCase } from '../../../src/case/openCase.js';
import { InputError } from '../../../src/InputError.js';

describe('runCase', () => {
  const trace = runCase('chineseResidentInKorea', 'crossedOn=1957-05-01,caseId=C-7', [
    'authorities.screen@3',
    'person.refusesToReturn',
    'embassy.seeksConsent@10',
    'authorities.establishCrimeOrPendingCase',
  ]);

  it('records time, actor, event, states and clauses of every step', () => {
    expect(trace.steps.map((s) => [s.time.slice(0, 10), s.actor, s.event, s.from, s.to, s.clauses])).toEqual([
      ['1957-12-20', 'authorities', 'authorities.screen', 'detected', 'mobilized', ['1a']],
      ['1957-12-21', 'person', 'person.refusesToReturn', 'mobilized', 'refused', ['1b']],
      ['1957-12-31', 'embassy', 'embassy.seeksConsent', 'refused', 'consentSought', ['1b']],
      ['1958-01-01', 'authorities', 'authorities.establishCrimeOrPendingCase', 'consentSought', 'repatriated', ['3']],
    ]);
    // A crossing before the cable is handled from its effective date (design §4), not from the crossing.
    expect(trace.steps[0]!.time).toBe('1957-12-20T00:00:00.000Z');
  });

  it('gives the outcome, basis and status, and the facts and readings in force', () => {
    expect(trace).toMatchObject({
      kind: 'chineseResidentInKorea',
      caseId: 'C-7',
      input: { caseId: 'C-7', crossedOn: '1957-05-01', hasCrimeOrPendingCase: false },
      readings: { postCableCrossings: 'returnAndPunish' },
      start: '1957-12-17T00:00:00.000Z',
      state: 'repatriated',
      status: 'final',
      outcome: 'repatriated',
      basis: ['1a', '1b', '3'],
    });
    expect(trace).not.toHaveProperty('punishment');
  });

  it('tells apart the clauses of two guarded routes to the same state', () => {
    const crime = runCase('chineseResidentInKorea', 'crossedOn=1958-01-01,hasCrimeOrPendingCase=true', ['authorities.screen']);
    const late = runCase('chineseResidentInKorea', 'crossedOn=1958-01-01', ['authorities.screen']);
    expect([crime.steps[0]!.clauses, late.steps[0]!.clauses]).toEqual([['3'], ['4a', '4b']]);
    expect([crime.punishment, late.punishment]).toEqual(['severe', 'severe']);
  });

  it('reports a settled outcome and an open case', () => {
    const settled = runCase('koreanCitizenInChina', {}, ['authorities.screen', 'person.findsReturnInconvenient', 'korea.approvesResidence']);
    expect(settled).toMatchObject({ status: 'settled', outcome: 'residing', basis: ['2a', '2b'] });
    expect(runCase('koreanCitizenInChina', {}, ['authorities.screen'])).toMatchObject({ status: 'open', outcome: null });
  });

  it('applies readings and a start date', () => {
    const t = runCase('chineseResidentInKorea', 'crossedOn=1958-01-01', ['authorities.screen'], {
      readings: { postCableCrossings: 'sameAsEarlierCrossers' },
      startDate: '1958-02-01',
      stepDays: 7,
    });
    expect(t.state).toBe('mobilized');
    expect(t.steps[0]!.time.slice(0, 10)).toBe('1958-02-08');
  });

  describe('is strict by default', () => {
    it.each([
      ['an unknown kind', () => runCase('alien'), 'unknown case kind "alien"; the kinds are: chineseResidentInKorea, koreanCitizenInChina, emigrationApplication'],
      ['an unknown fact', () => runCase('koreanCitizenInChina', 'crime=true'), 'koreanCitizenInChina: unknown fact "crime"; the facts are: caseId, crossedOn, hasCrimeOrPendingCase'],
      ['a bad boolean', () => runCase('koreanCitizenInChina', 'hasCrimeOrPendingCase=yes'), 'koreanCitizenInChina: fact "hasCrimeOrPendingCase" must be true or false; got "yes"'],
      ['a bad date', () => runCase('koreanCitizenInChina', 'crossedOn=1957-02-30'), 'koreanCitizenInChina: fact "crossedOn" must be a date YYYY-MM-DD; got "1957-02-30"'],
      ['a fact without a value', () => runCase('koreanCitizenInChina', 'crossedOn'), 'koreanCitizenInChina: fact "crossedOn" needs a value (name=value)'],
      ['an unknown reading', () => runCase('koreanCitizenInChina', {}, [], { readings: { x: 'y' } }), 'unknown reading "x"'],
      ['an unknown event', () => runCase('koreanCitizenInChina', {}, ['korea.consents']), 'koreanCitizenInChina: unknown event "korea.consents"; its events are: authorities.establishCrimeOrPendingCase, authorities.screen'],
      [
        'an event not accepted now',
        () => runCase('chineseResidentInKorea', {}, ['korea.consents']),
        'chineseResidentInKorea: event "korea.consents" is not accepted in state "detected"; accepted there: authorities.screen, authorities.establishCrimeOrPendingCase',
      ],
      [
        'an event after the end',
        () => runCase('emigrationApplication', 'isJustified=false', ['publicSecurity.completesReview', 'person.departs']),
        'emigrationApplication: the case has ended in "rejected"; it accepts no more events (got "person.departs")',
      ],
      ['bad days', () => runCase('koreanCitizenInChina', {}, ['authorities.screen@-1']), 'event "authorities.screen@-1": the days after "@" must be a decimal number from 0 to 36500; got "-1"'],
    ])('rejects %s with a message naming it', (_, run, message) => {
      expect(run).toThrow(InputError);
      expect(run).toThrow(message);
    });
  });

  it('ignores events the state does not accept when lenient, as XState does', () => {
    const run = openCase('chineseResidentInKorea', {}, { strict: false });
    expect(run.send('korea.consents')).toBeNull();
    expect(run.send('authorities.screen')).toMatchObject({ to: 'mobilized' });
  });

  it('lists the events accepted now, the state\u2019s own first', () => {
    const run = openCase('koreanCitizenInChina');
    expect(run.accepted()).toEqual(['authorities.screen', 'authorities.establishCrimeOrPendingCase']);
    run.send('authorities.establishCrimeOrPendingCase');
    expect(run.accepted()).toEqual([]);
  });

  it('parses "event@days"', () => {
    expect(parseEventText('korea.consents@2.5')).toEqual({ type: 'korea.consents', afterDays: 2.5 });
    expect(parseEventText(' korea.consents ')).toEqual({ type: 'korea.consents' });
  });
});
