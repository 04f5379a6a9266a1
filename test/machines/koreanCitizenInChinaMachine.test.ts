import { describe, expect, it } from 'vitest';
import { applyReadings, koreanCitizenInChinaMachine as machine } from '../../machines/index.js';
import { drive } from '../laws/drive.js';

const earlier = { caseId: 'k1', crossedOn: '1957-03-01', hasCrimeOrPendingCase: false };
const later = { ...earlier, crossedOn: '1958-03-01' };
const toReside = ['authorities.screen', 'person.findsReturnInconvenient', 'korea.approvesResidence'];
const mobilized = [...toReside, 'publicSecurity.mobilizesReturn'];

describe('koreanCitizenInChinaMachine', () => {
  it('sends a crosser with a crime back under clause 3', () => {
    expect(drive(machine, { ...earlier, hasCrimeOrPendingCase: true }, ['authorities.screen']).output).toEqual({ outcome: 'repatriated', basis: ['3'] });
  });
  it('makes repatriation due otherwise (2a), and Chinese public security repatriates the crosser (2a, as the table of design §5 has it)', () => {
    expect(drive(machine, earlier, ['authorities.screen']).state).toBe('repatriationDue');
    expect(drive(machine, earlier, ['authorities.screen', 'publicSecurity.repatriates']).output).toEqual({ outcome: 'repatriated', basis: ['2a'] });
  });
  it('marks a post-cable crosser for severe punishment at screening (4b)', () => {
    expect(drive(machine, later, ['authorities.screen', 'publicSecurity.repatriates']).output).toEqual({
      outcome: 'repatriated',
      basis: ['2a', '4b'],
      punishment: 'severe',
    });
  });
  it('lets a person reside with Korean approval (2b): settled, not final, also after the cable (clause 2 has no "already")', () => {
    const r = drive(machine, earlier, toReside);
    expect([r.state, r.status]).toEqual(['residing', 'active']);
    expect(r.context['basis']).toEqual(['2a', '2b']);
    expect(drive(machine, later, toReside).state).toBe('residing');
  });
  it('repatriates when the Korean side refuses residence (2a)', () => {
    expect(drive(machine, earlier, [...toReside.slice(0, 2), 'korea.refusesResidence']).output).toEqual({ outcome: 'repatriated', basis: ['2a', '2b'] });
  });

  describe('2c, laterMobilization=persuasion (default)', () => {
    it('mobilizes a resident when the need arises: persuasion, not yet a return', () => {
      expect(drive(machine, earlier, mobilized).state).toBe('mobilizedToReturn');
    });
    it('repatriates one who agrees (2c)', () => {
      expect(drive(machine, earlier, [...mobilized, 'person.agreesToReturn']).output).toEqual({ outcome: 'repatriated', basis: ['2a', '2b', '2c'] });
    });
    it('lets one who refuses go on residing, and mobilizes them again if the need arises anew', () => {
      const refused = [...mobilized, 'person.refusesToReturn'];
      const r = drive(machine, earlier, refused);
      expect([r.state, r.context['path']]).toEqual(['residing', ['repatriationDue', 'approvalSought', 'residing', 'mobilizedToReturn', 'residing']]);
      expect(drive(machine, earlier, [...refused, 'publicSecurity.mobilizesReturn']).state).toBe('mobilizedToReturn');
    });
  });
  it('sends the resident back at once under laterMobilization=order', () => {
    expect(drive(applyReadings(machine, { laterMobilization: 'order' }), earlier, mobilized).output).toEqual({ outcome: 'repatriated', basis: ['2a', '2b', '2c'] });
  });

  it('repatriates a resident whose crime comes to light (3)', () => {
    expect(drive(machine, earlier, [...toReside, 'authorities.establishCrimeOrPendingCase']).output).toEqual({ outcome: 'repatriated', basis: ['2a', '2b', '3'] });
  });
  it('under clause3Scope=homeCountry, leaves a resident\u2019s crime in China to the Chinese side\u2019s law (4a)', () => {
    const m = applyReadings(machine, { clause3Scope: 'homeCountry' });
    const r = drive(m, { ...earlier, crimeWhere: 'host' }, [...toReside, 'authorities.establishCrimeOrPendingCase']);
    expect([r.state, r.context['lastClauses']]).toEqual(['residing', ['4a']]);
  });
  it('punishes a post-cable resident under punishment=postCableCrossers, but not under whenReturned', () => {
    expect(drive(machine, later, toReside).context['punishment']).toBe('severe');
    expect(drive(applyReadings(machine, { punishment: 'whenReturned' }), later, toReside).context['punishment']).toBeUndefined();
  });
});
