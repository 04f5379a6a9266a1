import { describe, expect, it } from 'vitest';
import { cable, caseMachines, notModeled } from '../../machines/index.js';
import { traceabilityProblems } from '../../src/structure/traceabilityProblems.js';
import { variant, withState } from '../laws/variant.js';

describe('§6.8 traceability of the machines to the cable', () => {
  it('every state and transition cites ≥ 1 existing clause, every clause is cited or listed as not modeled', () => {
    expect(traceabilityProblems(caseMachines, cable.clauses, notModeled)).toEqual([]);
  });

  it('lists only P and 5 as not modeled, each with a reason', () => {
    expect(Object.keys(notModeled).sort()).toEqual(['5', 'P']);
  });

  describe('catches', () => {
    const m = caseMachines.chineseResidentInKorea;
    it('a transition without meta', () => {
      const broken = variant(m, (c) => withState(c, 'refused', (s) => ({ ...s, on: { 'embassy.seeksConsent': 'consentSought' } })));
      expect(traceabilityProblems({ x: broken }, cable.clauses, notModeled).join('\n')).toMatch(
        /transition (open\.)?refused --embassy.seeksConsent--> (open\.)?consentSought cites no clause/,
      );
    });
    it('a state citing an unknown clause', () => {
      const broken = variant(m, (c) => withState(c, 'refused', (s) => ({ ...s, meta: { clauses: ['9z'] } })));
      expect(traceabilityProblems({ x: broken }, cable.clauses, notModeled).join('\n')).toMatch(/state (open\.)?refused cites "9z"/);
    });
    it('a clause neither cited nor listed', () => {
      expect(traceabilityProblems(caseMachines, cable.clauses, {})).toEqual([
        'clause P is neither cited by a machine nor listed as not modeled with a reason',
        'clause 5 is neither cited by a machine nor listed as not modeled with a reason',
      ]);
    });
    it('a clause listed as not modeled although cited', () => {
      expect(traceabilityProblems(caseMachines, cable.clauses, { ...notModeled, '3': 'x' })).toEqual([
        'clause 3 is listed as not modeled but is cited',
      ]);
    });
  });
});
