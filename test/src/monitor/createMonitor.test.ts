import fc from 'fast-check';
import { createActor, type AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { applyReadings, caseMachines, invariants, resolveReadings, type CaseKind, type Invariant } from '../../../machines/index.js';
import { planSimulation } from '../../../src/engine/SimulationPlan.js';
import { makeXStateEngine } from '../../../src/engine/xstateEngine.js';
import { createMonitor } from '../../../src/monitor/createMonitor.js';
import { leafName } from '../../../src/structure/machineStructure.js';
import { InvariantViolation } from '../../../src/monitor/InvariantViolation.js';
import { caseStream } from '../../../src/random/caseStream.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';
import { caseInputs, eventAlphabet, moves } from '../../laws/arbitraries.js';
import type { Move } from '../../laws/runMoves.js';
import { ownEvents, ubiquitousEvents } from '../../laws/runMoves.js';
import { variant, withoutEvent, withTransition } from '../../laws/variant.js';
import { compoundMachine } from '../../support/compoundMachine.js';

const alphabet = eventAlphabet(Object.values(caseMachines));

/** Drives an actor with a monitor attached; returns the first violation (the run stops there). */
function monitored(machine: AnyStateMachine, input: unknown, ms: readonly Move[], readingsInForce: Record<string, string>) {
  const monitor = createMonitor(invariants, readingsInForce);
  const actor = createActor(machine, { input, inspect: monitor.inspect }).start();
  let last = '';
  for (const m of ms) {
    if (actor.getSnapshot().status !== 'active') break;
    const state = leafName(actor.getSnapshot().value);
    const type =
      'send' in m ? m.send : 'again' in m ? last : 'everywhere' in m ? ubiquitousEvents(machine)[m.everywhere % Math.max(1, ubiquitousEvents(machine).length)] : ownEvents(machine, state)[m.enabled % Math.max(1, ownEvents(machine, state).length)];
    if (!type) continue;
    last = type;
    actor.send({ type });
    if (monitor.violation()) break;
  }
  actor.stop();
  return monitor.violation();
}

/** Law: a monitor never fires on the machine under any events, for any facts. */
const quiet = (kind: CaseKind, machine: AnyStateMachine, readingsInForce = resolveReadings({})) =>
  fc.property(caseInputs[kind] as fc.Arbitrary<unknown>, moves(alphabet), (input, ms) => {
    const v = monitored(machine, input, ms, readingsInForce);
    if (v) throw v;
  });

describe('run-time monitors of the cable\u2019s invariants', () => {
  it.each(Object.keys(caseMachines) as CaseKind[])('stay quiet on %s under any events and facts', (kind) => {
    fc.assert(quiet(kind, caseMachines[kind]));
  });
  it('stay quiet under every reading', () => {
    const other = resolveReadings({ postCableCrossings: 'sameAsEarlierCrossers', koreanSideDeclines: 'mobilizeAgain', unjustifiedApplications: 'approveLeniently' });
    for (const kind of Object.keys(caseMachines) as CaseKind[]) fc.assert(quiet(kind, applyReadings(caseMachines[kind], other), other), { numRuns: 300 });
  });

  describe('stop a broken variant with an error citing the clause', () => {
    const crk = caseMachines.chineseResidentInKorea;
    it.each([
      ['clause 3 (crimeMeansRepatriation)', 'chineseResidentInKorea', variant(crk, (c) => withoutEvent(c, 'authorities.establishCrimeOrPendingCase'))],
      ['clause 3 (crimeMeansRepatriation)', 'koreanCitizenInChina', caseMachines.koreanCitizenInChina.provide({ guards: { hasCrimeOrPendingCase: () => false } })],
      ['clause 1b (passportNeedsConsent)', 'chineseResidentInKorea', variant(crk, (c) => withTransition(c, 'refused', 'embassy.seeksConsent', 'underInvestigation'))],
      ['clause 1c (renunciationNeedsConsent)', 'chineseResidentInKorea', variant(crk, (c) => withTransition(c, 'mobilized', 'person.requestsRenunciation', 'renunciationInProcess'))],
      ['clause 2b (residenceNeedsApproval)', 'koreanCitizenInChina', variant(caseMachines.koreanCitizenInChina, (c) => withTransition(c, 'approvalSought', 'korea.refusesResidence', 'residing'))],
      ['clause 4c (departureNeedsCleanApplication)', 'emigrationApplication', caseMachines.emigrationApplication.provide({ guards: { isRejected: () => false } })],
      // Model version 2 splits version 1's postCableCrossersReturnedAndPunished in two: the handover (4a) and the punishment (4b).
      ['clause 4a (postCableCrossersHandedOver)', 'chineseResidentInKorea', crk.provide({ guards: { isReturnedUnder4b: () => false } })],
      ['clause 4b (punishmentFollowsCrossing)', 'chineseResidentInKorea', crk.provide({ actions: { punish: () => undefined } })],
    ] as const)('%s on a broken %s', (citation, kind, machine) => {
      const details = fc.check(quiet(kind, machine), { numRuns: 3000 });
      expect(details.failed).toBe(true);
      expect(details.errorInstance).toBeInstanceOf(InvariantViolation);
      expect((details.errorInstance as Error).message).toMatch(new RegExp(`^${citation.replace(/[()]/g, '\\$&')} violated by ${kind} case `));
    });
  });

  it('stop a simulation run (simulate --check) at the first violation', () => {
    const scenario = { ...baselineScenario(), probabilities: { ...baselineScenario().probabilities, crimeEstablishedLater: 0.5 } };
    const plan = planSimulation(scenario);
    const broken = { ...plan, kinds: plan.kinds.map((k) => (k.kind === 'koreanCitizenInChina' ? { ...k, machine: variant(k.machine, (c) => withoutEvent(c, 'authorities.establishCrimeOrPendingCase')) } : k)) };
    const run = makeXStateEngine({ check: true }).prepare(broken);
    const kind = broken.kinds[1]!;
    expect(() => {
      for (let i = 0; i < 200; i++) run(kind, `k${i}`, caseStream(1, 0, 1, i));
    }).toThrow(/^clause 3 \(crimeMeansRepatriation\) violated by koreanCitizenInChina case k\d+: a crime came to light/);
    const fine = makeXStateEngine({ check: true }).prepare(plan);
    for (let i = 0; i < 200; i++) fine(plan.kinds[1]!, `k${i}`, caseStream(1, 0, 1, i));
  });
});

describe('monitors on a machine with depth', () => {
  it('follow leaf states — `{ open: \'settled\' }` is `settled` — and cite the path in leaf names', () => {
    const settledIsWrong: Invariant = { id: 'neverSettled', clauses: ['1b'], kinds: ['compound' as CaseKind], statement: 'test', check: (h) => (h.state === 'settled' ? `settled after ${h.events.join(', ')}` : null) };
    const monitor = createMonitor([settledIsWrong]);
    const actor = createActor(compoundMachine, { input: { caseId: 'd-1', flagged: false, urgent: true }, inspect: monitor.inspect }).start();
    actor.send({ type: 'authorities.screen' });
    expect(monitor.violation()).toBeUndefined();
    actor.send({ type: 'authorities.intervene' });
    actor.stop();
    expect(monitor.violation()?.message).toBe(
      'clause 1b (neverSettled) violated by compound case d-1: settled after authorities.screen, authorities.intervene (path detected>waiting>settled)',
    );
  });
});
