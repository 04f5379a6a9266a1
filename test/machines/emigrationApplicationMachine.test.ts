import { describe, expect, it } from 'vitest';
import { applyReadings, emigrationApplicationMachine as machine } from '../../machines/index.js';
import { machineShape } from '../laws/machineShape.js';
import { drive } from '../laws/drive.js';

const good = { caseId: 'a1', submittedOn: '1958-03-01', hasPoliticalIssues: false, hasPendingCase: false, isJustified: true };

describe('emigrationApplicationMachine', () => {
  it('approves a justified application without political issues or pending case, and the applicant goes to Korea (4c)', () => {
    expect(drive(machine, good, ['publicSecurity.completesReview']).state).toBe('approved');
    expect(drive(machine, good, ['publicSecurity.completesReview', 'person.departs']).output).toEqual({ outcome: 'departed', basis: ['4c'] });
  });
  it.each([
    ['political issues', { hasPoliticalIssues: true }],
    ['a pending case', { hasPendingCase: true }],
    ['no justification', { isJustified: false }],
  ])('rejects an application with %s (4c)', (_, facts) => {
    expect(drive(machine, { ...good, ...facts }, ['publicSecurity.completesReview']).output).toEqual({ outcome: 'rejected', basis: ['4c'] });
  });
  it('rejects an approved application when a pending case comes to light before departure (fixed choice pendingCaseRejects)', () => {
    expect(drive(machine, good, ['publicSecurity.completesReview', 'authorities.establishCrimeOrPendingCase']).state).toBe('rejected');
  });
  it('approves an unjustified application under unjustifiedApplications=approveLeniently, but never political issues', () => {
    const m = applyReadings(machine, { unjustifiedApplications: 'approveLeniently' });
    expect(drive(m, { ...good, isJustified: false }, ['publicSecurity.completesReview']).state).toBe('approved');
    expect(drive(m, { ...good, hasPoliticalIssues: true }, ['publicSecurity.completesReview']).state).toBe('rejected');
  });
  it('describes the approval so that it is true under both readings: it never calls the application justified', () => {
    const approve = machineShape(machine).transitions.find((t) => t.to === 'approved')!;
    expect(approve.description).not.toMatch(/\bA justified\b|is justified/);
    expect(approve.description).toMatch(/unjustifiedApplications/);
  });
  it('cites 4d nowhere: departures wait on no Korean act in the model', () => {
    expect(machineShape(machine).transitions.flatMap((t) => t.clauses)).not.toContain('4d');
  });
});
