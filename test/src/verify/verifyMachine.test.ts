import { describe, expect, it } from 'vitest';
import { caseFacts, caseMachines, precedence, type CaseKind } from '../../../machines/index.js';
import type { AnyStateMachine } from 'xstate';
import type { DeclaredPrecedence } from '../../../src/verify/checkDecisions.js';
import { verifyMachine } from '../../../src/verify/verifyMachine.js';
import { variant, withState } from '../../laws/variant.js';
import { compoundFacts, compoundMachine } from '../../support/compoundMachine.js';

const verify = (kind: CaseKind, machine: AnyStateMachine = caseMachines[kind], declared: readonly DeclaredPrecedence[] = precedence.filter((p) => p.kind === kind)) =>
  verifyMachine(machine, caseFacts[kind], declared);

describe('verifyMachine (exhaustive, beyond sampling)', () => {
  it.each(Object.keys(caseMachines) as CaseKind[])('%s: every state reached, transition taken, guard both ways; no gap; overlaps declared', (kind) => {
    const r = verify(kind);
    expect(r.problems).toEqual([]);
    expect(r.states.reached).toBe(r.states.total);
    expect(r.transitions.taken).toBe(r.transitions.total);
    expect(r.guardOutcomes.seen).toBe(r.guardOutcomes.total);
  });

  it('lists every simple path to an outcome with its clause basis', () => {
    const paths = verify('chineseResidentInKorea').paths.map((p) => `${p.path} [${p.basis.join(' ')}]`);
    expect(paths).toContain('detected>mobilized>refused>consentSought>underInvestigation>passportIssued [1a 1b]');
    // Model version 2: a post-cable crosser is handed over by the Korean side (4a, 4d) after screening (4a 4b).
    expect(paths).toContain('detected>handoverDue>repatriated [4a 4b 4d]');
    expect(paths).toContain('detected>mobilized>refused>consentSought>underInvestigation>renunciationInProcess>citizenshipRenounced [1a 1b 1c]');
  });

  it('finds the one overlap the cable has — crime and post-cable crossing at screening — settled by the declared 3 > 4a', () => {
    const overlaps = verify('chineseResidentInKorea').decisions.filter((f) => f.kind === 'overlap');
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]).toMatchObject({ declared: true });
    expect(overlaps[0]!.message).toMatch(/hasCrimeOrPendingCase → 3\] and \[isReturnedUnder4b → 4a 4b\].*crossedOn=1957-12-17, hasCrimeOrPendingCase=true/);
  });

  describe('fails', () => {
    it('when a state becomes unreachable', () => {
      const broken = variant(caseMachines.koreanCitizenInChina, (c) => withState(c, 'approvalSought', (s) => ({ ...s, on: { 'korea.refusesResidence': '#koreanCitizenInChina.repatriated' } })));
      expect(verify('koreanCitizenInChina', broken).problems).toContain('state residing is unreachable');
    });
    it('when a transition is never taken (shadowed by an earlier one)', () => {
      const broken = variant(caseMachines.emigrationApplication, (c) =>
        withState(c, 'underReview', (s) => ({ ...s, on: { ...(s['on'] as object), 'publicSecurity.completesReview': [{ target: 'approved' }, { target: 'rejected', guard: 'isRejected' }] } })),
      );
      expect(verify('emigrationApplication', broken).problems).toContain('transition underReview --publicSecurity.completesReview [isRejected]--> rejected is never taken');
    });
    it('when the order of alternatives contradicts the declared precedence', () => {
      const m = caseMachines.chineseResidentInKorea;
      const broken = variant(m, (c) =>
        withState(c, 'detected', (s) => {
          const on = s['on'] as Record<string, unknown[]>;
          const [crime, postCable, otherwise] = on['authorities.screen']!;
          return { ...s, on: { ...on, 'authorities.screen': [postCable, crime, otherwise] } };
        }),
      );
      expect(verify('chineseResidentInKorea', broken).problems.join('\n')).toMatch(/the machine's order contradicts the declared precedence 3 > 4a/);
    });
    it('when an overlap is not declared', () => {
      expect(verify('chineseResidentInKorea', caseMachines.chineseResidentInKorea, []).problems.join('\n')).toMatch(/overlap: .* no precedence is declared/);
    });
    it('when a decision has a gap (an event silently ignored in some situation)', () => {
      const broken = variant(caseMachines.emigrationApplication, (c) =>
        withState(c, 'underReview', (s) => ({ ...s, on: { ...(s['on'] as object), 'publicSecurity.completesReview': [{ target: 'rejected', guard: 'isRejected' }] } })),
      );
      expect(verify('emigrationApplication', broken).problems.join('\n')).toMatch(/gap: no alternative holds for underReview --publicSecurity.completesReview-->/);
    });
    it('when a declared precedence settles nothing', () => {
      const stale = [{ state: 'consentSought', event: 'korea.declines', order: ['1a'] }];
      expect(verify('chineseResidentInKorea', caseMachines.chineseResidentInKorea, [...precedence, ...stale]).problems).toContain(
        'the precedence declared for consentSought --korea.declines--> settles no overlap (stale, or the overlap is gone)',
      );
    });
  });
});

describe('verifyMachine on a machine with depth', () => {
  it('counts leaf states and transitions as written: the one on `open` counts once, and every path names leaves', () => {
    const r = verifyMachine(compoundMachine, compoundFacts);
    expect(r.problems).toEqual([]);
    expect(r.states).toEqual({ reached: 5, total: 5, compound: ['open'] });
    // open --intervene (1), detected --screen (2), waiting (3), settled (2): written once each.
    expect(r.transitions).toEqual({ taken: 8, total: 8 });
    expect(r.guardOutcomes).toEqual({ seen: 4, total: 4 });
    const paths = r.paths.map((p) => `${p.path} via ${p.events.join(',')} [${p.basis.join(' ')}]`);
    expect(paths).toContain('detected>closed via authorities.intervene [3]');
    expect(paths).toContain('detected>waiting>closed via authorities.screen,authorities.intervene [1a 3]');
    expect(paths).toContain('detected>waiting>settled via authorities.screen,authorities.intervene [1a 1b]');
    expect(paths).toContain('detected>waiting>settled>closed via authorities.screen,person.refuses,authorities.intervene [1a 1b 3]');
  });

  it('finds the gap left when the transition on `open` is removed (the leaf\u2019s guarded one alone does not always hold)', () => {
    const broken = variant(compoundMachine, (c) => withState(c, 'open', (s) => ({ ...s, on: {} })));
    const r = verifyMachine(broken, compoundFacts);
    expect(r.transitions.total).toBe(7);
    expect(r.problems.join('\n')).toMatch(/gap: no alternative holds for waiting --authorities.intervene--> with flagged=(true|false), urgent=false/);
  });

  it('sees an ancestor transition shadowed by a leaf\u2019s unguarded one as never taken from there, but taken elsewhere', () => {
    const shadow = variant(compoundMachine, (c) =>
      withState(c, 'open', (s) => {
        const states = s['states'] as Record<string, Record<string, unknown>>;
        return { ...s, states: { ...states, detected: { ...states['detected'], on: { ...(states['detected']!['on'] as object), 'authorities.intervene': { target: 'waiting', meta: { clauses: ['1a'] } } } } } };
      }),
    );
    const r = verifyMachine(shadow, compoundFacts);
    expect(r.problems).toEqual([]);
    const paths = r.paths.map((p) => `${p.path} via ${p.events.join(',')} [${p.basis.join(' ')}]`);
    expect(paths).not.toContain('detected>closed via authorities.intervene [3]');
    expect(paths).toContain('detected>waiting>closed via authorities.intervene,authorities.intervene [1a 3]');
  });
});
