import { describe, expect, it } from 'vitest';
import { applyReadings, chineseResidentInKoreaMachine as machine } from '../../machines/index.js';
import { drive } from '../laws/drive.js';

const earlier = { caseId: 'c1', crossedOn: '1957-06-01', hasCrimeOrPendingCase: false };
const later = { ...earlier, crossedOn: '1957-12-17' };
const withCrime = { ...earlier, hasCrimeOrPendingCase: true };
const toStay = ['authorities.screen', 'person.refusesToReturn', 'embassy.seeksConsent', 'korea.consents'];
const handedOver = ['authorities.screen', 'korea.handsOver'];

describe('chineseResidentInKoreaMachine', () => {
  it('starts in detected, inside open', () => {
    expect(drive(machine, earlier, []).state).toBe('detected');
  });

  describe('screening (design §5 table)', () => {
    it('sends a crosser with a crime back under clause 3', () => {
      expect(drive(machine, withCrime, ['authorities.screen']).output).toEqual({ outcome: 'repatriated', basis: ['3'] });
    });
    it('gives clause 3 precedence over 4a for a post-cable crosser with a crime, and still punishes (4b)', () => {
      expect(drive(machine, { ...later, hasCrimeOrPendingCase: true }, ['authorities.screen']).output).toEqual({
        outcome: 'repatriated',
        basis: ['3', '4b'],
        punishment: 'severe',
      });
    });
    it('puts a crosser of the effective date itself in handoverDue (4a), marked for punishment (4b)', () => {
      const r = drive(machine, later, ['authorities.screen']);
      expect(r.state).toBe('handoverDue');
      expect(r.context).toMatchObject({ basis: ['4a', '4b'], punishment: 'severe' });
    });
    it('repatriates a post-cable crosser when the Korean side hands them over (4a, 4d)', () => {
      expect(drive(machine, later, handedOver).output).toEqual({ outcome: 'repatriated', basis: ['4a', '4b', '4d'], punishment: 'severe' });
    });
    it('leaves a post-cable crosser the Korean side never hands over in handoverDue: open', () => {
      const r = drive(machine, later, ['authorities.screen', 'person.agreesToReturn', 'korea.consents']);
      expect([r.state, r.status]).toEqual(['handoverDue', 'active']);
    });
    it('mobilizes an earlier crosser without a crime (1a), unpunished', () => {
      const r = drive(machine, { ...earlier, crossedOn: '1957-12-16' }, ['authorities.screen']);
      expect(r.state).toBe('mobilized');
      expect(r.context['punishment']).toBeUndefined();
    });
  });

  describe('after mobilization', () => {
    it('repatriates one who agrees, unpunished (1a)', () => {
      expect(drive(machine, earlier, ['authorities.screen', 'person.agreesToReturn']).output).toEqual({ outcome: 'repatriated', basis: ['1a'] });
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
      expect(drive(m, earlier, ['authorities.screen', 'person.refusesToReturn', 'embassy.seeksConsent', 'korea.declines']).state).toBe('mobilized');
    });
  });

  describe('clause 3 mid-way (one transition on open)', () => {
    it.each([
      ['detected', []],
      ['handoverDue', ['authorities.screen']],
      ['mobilized', ['authorities.screen']],
      ['refused', ['authorities.screen', 'person.refusesToReturn']],
      ['consentSought', toStay.slice(0, 3)],
      ['underInvestigation', toStay],
      ['renunciationInProcess', [...toStay, 'person.requestsRenunciation']],
    ])('repatriates a case open in %s', (state, events) => {
      const facts = state === 'handoverDue' ? later : earlier;
      expect(drive(machine, facts, events).state).toBe(state);
      const r = drive(machine, facts, [...events, 'authorities.establishCrimeOrPendingCase']);
      expect(r.state).toBe('repatriated');
      expect((r.output as { basis: string[] }).basis).toContain('3');
    });
    it('does not reopen a final case', () => {
      const r = drive(machine, earlier, [...toStay, 'embassy.completesInvestigation', 'authorities.establishCrimeOrPendingCase']);
      expect(r.state).toBe('passportIssued');
    });
  });

  describe('clause3Scope=homeCountry', () => {
    const m = applyReadings(machine, { clause3Scope: 'homeCountry' });
    const hostCrime = { ...earlier, hasCrimeOrPendingCase: true, crimeWhere: 'host' as const };
    it('at screening, a host-side crime leaves the case to its other rules', () => {
      expect(drive(m, hostCrime, ['authorities.screen']).state).toBe('mobilized');
      expect(drive(m, { ...hostCrime, crimeWhere: 'home' }, ['authorities.screen']).output).toEqual({ outcome: 'repatriated', basis: ['3'] });
    });
    it('later, a host-side crime is left to the Korean side\u2019s law: the case stays, and the trace cites 4a', () => {
      const r = drive(m, hostCrime, ['authorities.screen', 'authorities.establishCrimeOrPendingCase']);
      expect(r.state).toBe('mobilized');
      expect(r.context).toMatchObject({ basis: ['1a', '4a'], lastClauses: ['4a'], path: ['mobilized'] });
    });
    it('under the default anywhere, the same crime sends the crosser back', () => {
      expect(drive(machine, hostCrime, ['authorities.screen']).output).toEqual({ outcome: 'repatriated', basis: ['3'] });
    });
  });

  it('ignores events the current state does not accept (XState is lenient; runCase is strict)', () => {
    expect(drive(machine, earlier, ['korea.consents', 'embassy.completesInvestigation']).state).toBe('detected');
  });

  describe('post-cable crossers under postCableCrossings=sameAsEarlierCrossers', () => {
    const m = applyReadings(machine, { postCableCrossings: 'sameAsEarlierCrossers' });
    it('are mobilized like earlier ones', () => {
      expect(drive(m, later, ['authorities.screen']).state).toBe('mobilized');
    });
    it('carry punishment severe with 4b even when they get a passport (default punishment=postCableCrossers)', () => {
      expect(drive(m, later, [...toStay, 'embassy.completesInvestigation']).output).toEqual({ outcome: 'passportIssued', basis: ['1a', '4b', '1b'], punishment: 'severe' });
    });
    it('are punished only if returned under punishment=whenReturned', () => {
      const w = applyReadings(machine, { postCableCrossings: 'sameAsEarlierCrossers', punishment: 'whenReturned' });
      expect(drive(w, later, [...toStay, 'embassy.completesInvestigation']).output).toEqual({ outcome: 'passportIssued', basis: ['1a', '1b'] });
      expect(drive(w, later, ['authorities.screen', 'person.agreesToReturn']).output).toEqual({ outcome: 'repatriated', basis: ['1a', '4b'], punishment: 'severe' });
    });
  });

  describe('effectiveDate', () => {
    const between = { ...earlier, crossedOn: '1957-12-19' };
    it('issued (default): a crossing of 19 December 1957 is post-cable', () => {
      expect(drive(machine, between, ['authorities.screen']).state).toBe('handoverDue');
    });
    it('received: the same crossing counts as "already" crossed, mobilized and unpunished', () => {
      const r = drive(applyReadings(machine, { effectiveDate: 'received' }), between, ['authorities.screen']);
      expect([r.state, r.context['punishment'], r.context['effectiveDate']]).toEqual(['mobilized', undefined, '1957-12-21']);
    });
  });
});
