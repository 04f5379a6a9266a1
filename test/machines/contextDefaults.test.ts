import { createActor, initialTransition, type AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { applyReadings, caseMachines } from '../../machines/index.js';
import { caseOutput } from '../../machines/caseOutput.js';
import { drive } from '../laws/drive.js';

// XState's pure functions build a context without input (statelyai/xstate#4774): the machines
// must then fall back to neutral values rather than crash.
describe('machine contexts', () => {
  it.each([
    ['chineseResidentInKorea', { caseId: '', crossedOn: '', hasCrimeOrPendingCase: false, crimeWhere: 'home', effectiveDate: '1957-12-17', basis: [], path: [] }],
    ['koreanCitizenInChina', { caseId: '', crossedOn: '', hasCrimeOrPendingCase: false, crimeWhere: 'home', effectiveDate: '1957-12-17', basis: [], path: [] }],
    ['emigrationApplication', { caseId: '', submittedOn: '', hasPoliticalIssues: false, hasPendingCase: false, isJustified: true, basis: [], path: [] }],
  ] as const)('%s: without input, neutral defaults', (kind, expected) => {
    const [snapshot] = initialTransition(caseMachines[kind] as AnyStateMachine, undefined);
    expect(snapshot.context).toEqual(expected);
  });

  it('crossers: crimeWhere defaults to home; the effective date comes from the reading, fixed at the start', () => {
    const facts = { caseId: 'k', crossedOn: '1957-01-01', hasCrimeOrPendingCase: false };
    expect(drive(caseMachines.koreanCitizenInChina, facts, []).context).toMatchObject({ crimeWhere: 'home', effectiveDate: '1957-12-17' });
    expect(drive(applyReadings(caseMachines.chineseResidentInKorea, { effectiveDate: 'received' }), facts, []).context['effectiveDate']).toBe('1957-12-21');
    const [snapshot] = initialTransition(applyReadings(caseMachines.koreanCitizenInChina, { effectiveDate: 'received' }) as AnyStateMachine, facts);
    expect(snapshot.context['effectiveDate']).toBe('1957-12-21');
  });

  it('keep earlier snapshots intact: the record makes new arrays, never pushes into old ones', () => {
    const { context: before } = drive(caseMachines.koreanCitizenInChina, { caseId: 'k', crossedOn: '1957-01-01', hasCrimeOrPendingCase: false }, ['authorities.screen']);
    const path = before['path'] as string[];
    const basis = before['basis'] as string[];
    expect([path, basis]).toEqual([['repatriationDue'], ['2a']]);
    const actor = createActor(caseMachines.koreanCitizenInChina, { input: { caseId: 'k', crossedOn: '1957-01-01', hasCrimeOrPendingCase: false } }).start();
    actor.send({ type: 'authorities.screen' });
    const earlier = actor.getSnapshot().context;
    actor.send({ type: 'publicSecurity.repatriates' });
    expect([earlier.path, earlier.basis]).toEqual([['repatriationDue'], ['2a']]);
    expect(actor.getSnapshot().context.path).toEqual(['repatriationDue', 'repatriated']);
  });

  it('caseOutput of an empty record has no outcome', () => {
    expect(caseOutput({ basis: [], path: [] })).toEqual({ outcome: '', basis: [] });
    expect(caseOutput({ basis: ['3'], path: ['repatriated'], punishment: 'severe' })).toEqual({ outcome: 'repatriated', basis: ['3'], punishment: 'severe' });
  });
});
