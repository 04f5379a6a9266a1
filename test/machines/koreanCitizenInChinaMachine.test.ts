import { describe, expect, it } from 'vitest';
import { koreanCitizenInChinaMachine as machine } from '../../machines/index.js';
import { drive } from '../laws/drive.js';

const earlier = { caseId: 'k1', crossedOn: '1957-03-01', hasCrimeOrPendingCase: false };
const later = { ...earlier, crossedOn: '1958-02-01' };
const toReside = ['authorities.screen', 'person.findsReturnInconvenient', 'korea.approvesResidence'];

describe('koreanCitizenInChinaMachine', () => {
  it('sends a crosser with a crime back under clause 3', () => {
    expect(drive(machine, { ...earlier, hasCrimeOrPendingCase: true }, ['authorities.screen']).output).toEqual({
      outcome: 'repatriated',
      basis: ['3'],
    });
  });
  it('makes repatriation due otherwise (2a), and public security carries it out', () => {
    expect(drive(machine, earlier, ['authorities.screen']).state).toBe('repatriationDue');
    expect(drive(machine, earlier, ['authorities.screen', 'publicSecurity.repatriates']).output).toEqual({
      outcome: 'repatriated',
      basis: ['2a'],
    });
  });
  it('punishes a post-cable crosser who is sent back (4b)', () => {
    expect(drive(machine, later, ['authorities.screen', 'publicSecurity.repatriates']).output).toEqual({
      outcome: 'repatriated',
      basis: ['2a'],
      punishment: 'severe',
    });
  });
  it('lets a person reside with Korean approval (2b): settled, not final', () => {
    const r = drive(machine, earlier, toReside);
    expect(r.state).toBe('residing');
    expect(r.status).toBe('active');
    expect(r.context['basis']).toEqual(['2a', '2b']);
  });
  it('repatriates when the Korean side refuses residence (2a)', () => {
    expect(drive(machine, earlier, [...toReside.slice(0, 2), 'korea.refusesResidence']).output).toEqual({
      outcome: 'repatriated',
      basis: ['2a', '2b'],
    });
  });
  it('mobilizes a resident to return when the need arises (2c)', () => {
    expect(drive(machine, earlier, [...toReside, 'publicSecurity.mobilizesReturn']).output).toEqual({
      outcome: 'repatriated',
      basis: ['2a', '2b', '2c'],
    });
  });
  it('repatriates a resident whose crime comes to light (3)', () => {
    expect(drive(machine, earlier, [...toReside, 'authorities.establishCrimeOrPendingCase']).output).toEqual({
      outcome: 'repatriated',
      basis: ['2a', '2b', '3'],
    });
  });
});
