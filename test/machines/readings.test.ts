import fc from 'fast-check';
import type { AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { applyReadings, cable, caseMachines, effectiveDateOf, readings, resolveReadings, type Reading } from '../../machines/index.js';
import { caseInputs, eventAlphabet, moves } from '../laws/arbitraries.js';
import { runMoves } from '../laws/runMoves.js';

const alphabet = eventAlphabet(Object.values(caseMachines));
const inputs = caseInputs;
const entries = Object.entries(readings) as [string, Reading][];

describe('readings', () => {
  it('each names its clauses, question, reason, a default among its ≥ 2 options', () => {
    for (const [, r] of entries) {
      expect(r.clauses.length).toBeGreaterThan(0);
      expect(r.question).toMatch(/\?$/);
      expect(r.why.length).toBeGreaterThan(20);
      expect(Object.keys(r.options).length).toBeGreaterThanOrEqual(2);
      expect(Object.keys(r.options)).toContain(r.default);
      for (const o of Object.values(r.options)) expect(Object.keys(o.guards ?? {}).length + Object.keys(o.updates ?? {}).length).toBeGreaterThan(0);
    }
  });

  it('effectiveDateOf gives the date each option selects, and refuses unknown options', () => {
    expect(effectiveDateOf()).toBe('1957-12-17');
    expect(effectiveDateOf({ effectiveDate: 'received' })).toBe('1957-12-21');
    expect(effectiveDateOf({ punishment: 'whenReturned' })).toBe(cable.date);
    expect(() => effectiveDateOf({ effectiveDate: 'march1958' })).toThrow('reading "effectiveDate" has no option "march1958"; its options are: issued, received');
  });

  it('fills in defaults and rejects unknown readings or options with the choices', () => {
    expect(resolveReadings({})).toEqual({
      postCableCrossings: 'returnAndPunish',
      koreanSideDeclines: 'repatriate',
      unjustifiedApplications: 'reject',
      effectiveDate: 'issued',
      punishment: 'postCableCrossers',
      laterMobilization: 'persuasion',
      clause3Scope: 'anywhere',
    });
    expect(() => resolveReadings({ postCable: 'x' })).toThrow(
      'unknown reading "postCable"; the readings are: postCableCrossings, koreanSideDeclines, unjustifiedApplications, effectiveDate, punishment, laterMobilization, clause3Scope',
    );
    expect(() => resolveReadings({ postCableCrossings: 'lenient' })).toThrow(
      'reading "postCableCrossings" has no option "lenient"; its options are: returnAndPunish, sameAsEarlierCrossers',
    );
  });

  it('are applied with provide: the original machine is unchanged', () => {
    const m = caseMachines.chineseResidentInKorea;
    const other = applyReadings(m, { postCableCrossings: 'sameAsEarlierCrossers' });
    expect(other).not.toBe(m);
    expect(other.config).toBe(m.config);
    expect(runMoves(m, { caseId: 'x', crossedOn: '1958-01-01', hasCrimeOrPendingCase: false }, [{ send: 'authorities.screen' }]).state).toBe(
      'handoverDue',
    );
  });

  /** Law: two machines behave alike for any facts and events. */
  const alike = (kind: string, a: AnyStateMachine, b: AnyStateMachine) =>
    fc.property(inputs[kind as keyof typeof inputs] as fc.Arbitrary<unknown>, moves(alphabet), (input, ms) => {
      expect(runMoves(a, input, ms)).toEqual(runMoves(b, input, ms));
    });
  it('selecting every default explicitly changes nothing, for any facts and events', () => {
    for (const [kind, machine] of Object.entries(caseMachines)) fc.assert(alike(kind, applyReadings(machine, resolveReadings({})), machine), { numRuns: 300 });
  });
  it('catches a selection that is not the default', () => {
    const m = caseMachines.chineseResidentInKorea;
    expect(fc.check(alike('chineseResidentInKorea', applyReadings(m, { postCableCrossings: 'sameAsEarlierCrossers' }), m)).failed).toBe(true);
  });

  it('every non-default option changes the outcome or punishment of some case (no reading is a no-op)', () => {
    const result = (r: ReturnType<typeof runMoves>) => `${r.state} ${String(r.context['punishment'])}`;
    for (const [id, r] of entries) {
      for (const option of Object.keys(r.options).filter((o) => o !== r.default)) {
        const differs = Object.entries(caseMachines).some(([kind, machine]) => {
          const changed = applyReadings(machine, { [id]: option });
          const details = fc.check(
            fc.property(inputs[kind as keyof typeof inputs] as fc.Arbitrary<unknown>, moves(alphabet), (input, ms) => {
              return result(runMoves(changed, input, ms)) === result(runMoves(machine, input, ms));
            }),
            { numRuns: 2000 },
          );
          return details.failed;
        });
        expect(differs, `${id}=${option}`).toBe(true);
      }
    }
  });
});
