import { describe, expect, it } from 'vitest';
import { cable, caseMachines, clauseIds, fixedChoices, notModeled, readings } from '../../machines/index.js';
import { traceabilityProblems } from '../../src/structure/traceabilityProblems.js';
import { machineShape } from '../laws/machineShape.js';
import { unnamedSides, untraceable } from '../laws/traceable.js';
import { variant, withState } from '../laws/variant.js';

describe('§6.8 traceability of the machines to the cable', () => {
  it('every machine, state and transition cites ≥ 1 existing clause; every clause is cited or listed as not modeled', () => {
    expect(untraceable(caseMachines, clauseIds, notModeled)).toEqual([]);
  });

  it('lists only P and 5 as not modeled, each with a reason (4d is cited where Korean coordination matters)', () => {
    expect(Object.keys(notModeled).sort()).toEqual(['5', 'P']);
    const cite4d = Object.entries(caseMachines).flatMap(([kind, m]) => machineShape(m).transitions.filter((t) => t.clauses.includes('4d')).map((t) => `${kind} ${t.event}`));
    expect(cite4d).toEqual(['chineseResidentInKorea korea.handsOver']);
  });

  it('readings and fixed choices cite existing clauses and say why', () => {
    const all = [...Object.values(readings).map((r) => ({ clauses: r.clauses, why: r.why })), ...fixedChoices];
    for (const r of all) {
      expect(r.clauses.length).toBeGreaterThan(0);
      for (const c of r.clauses) expect(clauseIds).toContain(c);
      expect(r.why.length).toBeGreaterThan(40);
    }
    expect(new Set(fixedChoices.map((f) => f.id)).size).toBe(fixedChoices.length);
  });

  it('descriptions name the Chinese or Korean side that acts', () => {
    expect(unnamedSides(caseMachines)).toEqual([]);
  });

  describe('catches', () => {
    const m = caseMachines.chineseResidentInKorea;
    it('a transition without meta or description', () => {
      const broken = variant(m, (c) => withState(c, 'refused', (s) => ({ ...s, on: { 'embassy.seeksConsent': 'consentSought' } })));
      expect(untraceable({ x: broken }, clauseIds, notModeled)).toEqual(
        expect.arrayContaining(['x refused --embassy.seeksConsent--> consentSought has no description', 'x refused --embassy.seeksConsent--> consentSought cites no clause']),
      );
    });
    it('a compound state citing an unknown clause', () => {
      const broken = variant(m, (c) => withState(c, 'open', (s) => ({ ...s, meta: { clauses: ['9z'] } })));
      expect(untraceable({ x: broken }, clauseIds, notModeled)).toContain('x state open cites "9z", not a clause');
    });
    it('a clause neither cited nor listed, and one listed although cited', () => {
      expect(untraceable(caseMachines, clauseIds, {})).toEqual(['clause P is neither cited nor listed as not modeled', 'clause 5 is neither cited nor listed as not modeled']);
      expect(untraceable(caseMachines, clauseIds, { ...notModeled, '3': 'x' })).toEqual(['clause 3 is listed as not modeled but is cited']);
    });
    it('a description that does not name the acting side', () => {
      const broken = variant(m, (c) => withState(c, 'handoverDue', (s) => ({ ...s, on: { 'korea.handsOver': { target: '#chineseResidentInKorea.repatriated', description: 'Handed over.', meta: { clauses: ['4a'] } } } })));
      expect(unnamedSides({ x: broken })).toEqual(['x handoverDue --korea.handsOver--> repatriated: "Handed over." does not name Korean side']);
    });
  });

  // The library's own checker (src/structure), on a machine it can read in full.
  describe('traceabilityProblems (src/structure) agrees on the application machine', () => {
    const a = caseMachines.emigrationApplication;
    const clauses = cable.clauses.filter((c) => c.id.startsWith('4c'));
    it('finds nothing wrong', () => {
      expect(traceabilityProblems({ a }, clauses, {})).toEqual([]);
    });
    it('catches a transition without meta and a state citing an unknown clause', () => {
      const broken = variant(a, (c) => withState(withState(c, 'approved', (s) => ({ ...s, on: { 'person.departs': 'departed' } })), 'rejected', (s) => ({ ...s, meta: { clauses: ['9z'] } })));
      const found = traceabilityProblems({ a: broken }, clauses, {}).join('\n');
      expect(found).toMatch(/transition approved --person.departs--> departed cites no clause/);
      expect(found).toMatch(/state rejected cites "9z"/);
    });
    it('catches a clause neither cited nor listed, and one listed although cited', () => {
      expect(traceabilityProblems({ a }, cable.clauses.filter((c) => c.id === '4c' || c.id === 'P'), {})).toEqual(['clause P is neither cited by a machine nor listed as not modeled with a reason']);
      expect(traceabilityProblems({ a }, clauses, { '4c': 'x' })).toEqual(['clause 4c is listed as not modeled but is cited']);
    });
  });
});
