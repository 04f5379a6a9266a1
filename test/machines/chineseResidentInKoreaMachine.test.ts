import { describe, expect, it } from 'vitest';
import { applyReadings, chineseResidentInKoreaMachine as machine } from '../../machines/index.js';
import { drive } from '../laws/drive.js';

const earlier = { caseId: 'c1', crossedOn: '1957-06-01', hasCrimeOrPendingCase: false };
const later = { ...earlier, crossedOn: '1957-12-17' };
const withCrime = { ...earlier, hasCrimeOrPendingCase: true };
const toStay = ['authorities.screen', 'person.refusesToReturn', 'embassy.seeksConsent', 'korea.consents'];

describe('chineseResidentInKoreaMachine', () => {
  it('starts in detected', () => {
    expect(drive(machine, earlier, []).state).toBe('detected');
  });

  describe('screening (design §5 table)', () => {
    it('sends a crosser with a crime back under clause 3', () => {
      expect(drive(machine, withCrime, ['authorities.screen']).output).toEqual({ outcome: 'repatriated', basis: ['3'] });
    });
    it('gives clause 3 precedence over 4b for a post-cable crosser with a crime, and still punishes', () => {
      expect(drive(machine, { ...later, hasCrimeOrPendingCase: true }, ['authorities.screen']).output).toEqual({
        outcome: 'repatriated',
        basis: ['3'],
        punishment: 'severe',
      });
    });
    it('returns and punishes a crosser of the cable\u2019s own date (4a, 4b)', () => {
      expect(drive(machine, later, ['authorities.screen']).output).toEqual({
        outcome: 'repatriated',
        basis: ['4a', '4b'],
        punishment: 'severe',
      });
    });
    it('mobilizes an earlier crosser without a crime (1a)', () => {
      expect(drive(machine, { ...earlier, crossedOn: '1957-12-16' }, ['authorities.screen']).state).toBe('mobilized');
    });
  });

  describe('after mobilization', () => {
    it('repatriates one who agrees, unpunished (1a)', () => {
      expect(drive(machine, earlier, ['authorities.screen', 'person.agreesToReturn']).output).toEqual({
        outcome: 'repatriated',
        basis: ['1a'],
      });
    });
    it('issues a passport after refusal, consent and investigation (1b)', () => {
      const r = drive(machine, earlier, [...toStay, 'embassy.completesInvestigation']);
      expect(r.status).toBe('done');
      expect(r.output).toEqual({ outcome: 'passportIssued', basis: ['1a', '1b'] });
      expect(r.context['path']).toEqual(['mobilized', 'refused', 'consentSought', 'underInvestigation', 'passportIssued']);
    });
    it('processes a renunciation requested during the investigation (1c)', () => {
      const r = drive(machine, earlier, [...toStay, 'person.requestsRenunciation', 'embassy.approvesRenunciation']);
      expect(r.output).toEqual({ outcome: 'citizenshipRenounced', basis: ['1a', '1b', '1c'] });
    });
    it('repatriates when the Korean side declines (default reading koreanSideDeclines=repatriate)', () => {
      const r = drive(machine, earlier, ['authorities.screen', 'person.refusesToReturn', 'embassy.seeksConsent', 'korea.declines']);
      expect(r.output).toEqual({ outcome: 'repatriated', basis: ['1a', '1b'] });
    });
    it('mobilizes again when the Korean side declines, under koreanSideDeclines=mobilizeAgain', () => {
      const m = applyReadings(machine, { koreanSideDeclines: 'mobilizeAgain' });
      expect(drive(m, earlier, ['authorities.screen', 'person.refusesToReturn', 'embassy.seeksConsent', 'korea.declines']).state).toBe(
        'mobilized',
      );
    });
  });

  describe('clause 3 mid-way', () => {
    it.each([
      ['detected', []],
      ['mobilized', ['authorities.screen']],
      ['refused', ['authorities.screen', 'person.refusesToReturn']],
      ['consentSought', toStay.slice(0, 3)],
      ['underInvestigation', toStay],
      ['renunciationInProcess', [...toStay, 'person.requestsRenunciation']],
    ])('repatriates a case open in %s', (state, events) => {
      expect(drive(machine, earlier, events).state).toBe(state);
      const r = drive(machine, earlier, [...events, 'authorities.establishCrimeOrPendingCase']);
      expect(r.state).toBe('repatriated');
      expect((r.output as { basis: string[] }).basis.at(-1)).toBe('3');
    });
    it('does not reopen a final case', () => {
      const r = drive(machine, earlier, [...toStay, 'embassy.completesInvestigation', 'authorities.establishCrimeOrPendingCase']);
      expect(r.state).toBe('passportIssued');
    });
  });

  it('ignores events the current state does not accept (XState is lenient; runCase is strict)', () => {
    expect(drive(machine, earlier, ['korea.consents', 'embassy.completesInvestigation']).state).toBe('detected');
  });

  it('treats post-cable crossers like earlier ones under postCableCrossings=sameAsEarlierCrossers, still punishing a return', () => {
    const m = applyReadings(machine, { postCableCrossings: 'sameAsEarlierCrossers' });
    expect(drive(m, later, ['authorities.screen']).state).toBe('mobilized');
    expect(drive(m, later, ['authorities.screen', 'person.agreesToReturn']).output).toEqual({
      outcome: 'repatriated',
      basis: ['1a'],
      punishment: 'severe',
    });
  });
});
