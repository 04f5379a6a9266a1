import { describe, expect, it } from 'vitest';
import { applyReadings, emigrationApplicationMachine as machine } from '../../machines/index.js';
import { drive } from '../laws/drive.js';

const good = { caseId: 'a1', submittedOn: '1958-03-01', hasPoliticalIssues: false, hasPendingCase: false, isJustified: true };

describe('emigrationApplicationMachine', () => {
  it('approves a justified application without political issues or pending case, and the applicant departs (4c, 4d)', () => {
    expect(drive(machine, good, ['publicSecurity.completesReview']).state).toBe('approved');
    expect(drive(machine, good, ['publicSecurity.completesReview', 'person.departs']).output).toEqual({
      outcome: 'departed',
      basis: ['4c', '4d'],
    });
  });
  it.each([
    ['political issues', { hasPoliticalIssues: true }],
    ['a pending case', { hasPendingCase: true }],
    ['no justification', { isJustified: false }],
  ])('rejects an application with %s (4c)', (_, facts) => {
    expect(drive(machine, { ...good, ...facts }, ['publicSecurity.completesReview']).output).toEqual({
      outcome: 'rejected',
      basis: ['4c'],
    });
  });
  it('rejects an approved application when a pending case comes to light before departure', () => {
    expect(drive(machine, good, ['publicSecurity.completesReview', 'authorities.establishCrimeOrPendingCase']).state).toBe('rejected');
  });
  it('approves an unjustified application under unjustifiedApplications=approveLeniently, but never political issues', () => {
    const m = applyReadings(machine, { unjustifiedApplications: 'approveLeniently' });
    expect(drive(m, { ...good, isJustified: false }, ['publicSecurity.completesReview']).state).toBe('approved');
    expect(drive(m, { ...good, hasPoliticalIssues: true }, ['publicSecurity.completesReview']).state).toBe('rejected');
  });
});
