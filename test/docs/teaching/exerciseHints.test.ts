import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assign, createActor, createMachine, type AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { applyReadings, chineseResidentInKoreaMachine, readings } from '../../../machines/index.js';
import type { CheckResult, LoadedFile } from '../../../src/exercise/Exercise.js';
import { check as check01 } from '../../../docs/teaching/exercises/01-step-to-each-outcome/check.js';
import { check as check02 } from '../../../docs/teaching/exercises/02-name-the-clauses/check.js';
import { check as check03 } from '../../../docs/teaching/exercises/03-find-the-counterexample/check.js';
import { check as check04 } from '../../../docs/teaching/exercises/04-predict-a-reading/check.js';
import { check as check05 } from '../../../docs/teaching/exercises/05-a-reading-of-your-own/check.js';
import { check as check06 } from '../../../docs/teaching/exercises/06-the-1964-disaster-exception/check.js';
import { check as check07 } from '../../../docs/teaching/exercises/07-an-interval-from-monte-carlo/check.js';
import { check as check08 } from '../../../docs/teaching/exercises/08-write-a-record-check/check.js';

// Near misses: answers a student could plausibly hand in, each wrong in one way. Every check must
// fail them with a hint that points at the mistake (and passes the solutions: exercises.test.ts).
const module = (exports: Record<string, unknown>): LoadedFile => ({ kind: 'module', path: 'near-miss.mjs', exports });
const text = (t: string): LoadedFile => ({ kind: 'text', path: 'near-miss.yaml', text: t });
const hintOf = (r: CheckResult) => (r.pass ? `PASSED: ${r.summary}` : r.hint);

const walks = {
  repatriated: ['authorities.screen', 'person.agreesToReturn'],
  passportIssued: ['authorities.screen', 'person.refusesToReturn', 'embassy.seeksConsent', 'korea.consents', 'embassy.completesInvestigation'],
  citizenshipRenounced: ['authorities.screen', 'person.refusesToReturn', 'embassy.seeksConsent', 'korea.consents', 'person.requestsRenunciation', 'embassy.approvesRenunciation'],
};
const koreanWalks = { repatriated: ['authorities.screen', 'publicSecurity.repatriates'], residing: ['authorities.screen', 'person.findsReturnInconvenient', 'korea.approvesResidence'] };

describe('exercise 1 near misses', () => {
  it('refuses clause 3 as a shortcut', async () => {
    expect(hintOf(await check01(module({ walks: { ...walks, repatriated: ['authorities.establishCrimeOrPendingCase'] }, koreanWalks })))).toMatch(/uses authorities\.establishCrimeOrPendingCase \(clause 3\)/);
  });
  it('names the state that does not accept an event, without saying what it accepts', async () => {
    const hint = hintOf(await check01(module({ walks: { ...walks, passportIssued: ['authorities.screen', 'embassy.seeksConsent'] }, koreanWalks })));
    expect(hint).toMatch(/walks\.passportIssued: event 2 \("embassy\.seeksConsent"\) is not accepted in state "mobilized"/);
    expect(hint).not.toContain('person.refusesToReturn');
  });
  it('says when a walk stops short, and when it ends in another outcome', async () => {
    expect(hintOf(await check01(module({ walks, koreanWalks: { ...koreanWalks, residing: ['authorities.screen', 'person.findsReturnInconvenient'] } })))).toMatch(/ends in "approvalSought", not "residing": the case is not over there/);
    expect(hintOf(await check01(module({ walks, koreanWalks: { ...koreanWalks, residing: koreanWalks.repatriated } })))).toMatch(/ends in "repatriated", not "residing": that is another outcome/);
  });
});

describe('exercise 2 near misses', () => {
  const answers = {
    A: { steps: [['1a'], ['1b'], ['1b'], ['1a']], punished: false },
    B: { steps: [['4a', '4b'], ['4a', '4d']], punished: true },
    C: { steps: [['2a'], ['2b'], ['2b'], ['2c'], ['2b', '2c'], ['3']], punished: false },
  };
  it('says a step misses a clause, or names one too many, without naming it', async () => {
    expect(hintOf(await check02(module({ answers: { ...answers, C: { ...answers.C, steps: [['2a'], ['2b'], ['2b'], ['2c'], ['2c'], ['3']] } } })))).toBe('case C, step 5 (mobilizedToReturn \u2192 residing): the model cites one more clause for this step');
    expect(hintOf(await check02(module({ answers: { ...answers, B: { ...answers.B, steps: [['4a', '4b'], ['4a', '4b', '4d']] } } })))).toMatch(/case B, step 2 .*: a clause you name does not authorize this step/);
  });
  it('checks the punishment against the crossing date', async () => {
    expect(hintOf(await check02(module({ answers: { ...answers, B: { ...answers.B, punished: false } } })))).toMatch(/answers\.B\.punished: look again at the date/);
  });
});

describe('exercise 3 near misses', () => {
  const input = { caseId: 'x', crossedOn: '1957-06-10', hasCrimeOrPendingCase: false };
  const ends = (machine: AnyStateMachine, before: readonly string[]) => {
    const actor = createActor(machine, { input }).start();
    for (const type of before) actor.send({ type });
    fc.pre(actor.getSnapshot().status === 'active');
    actor.send({ type: 'authorities.establishCrimeOrPendingCase' });
    return actor.getSnapshot().value;
  };
  it('fails a property the real machine does not satisfy (a crime known at the outset, before any screening)', async () => {
    const property = (m: AnyStateMachine) =>
      fc.property(fc.constant(null), () => createActor(m, { input: { ...input, hasCrimeOrPendingCase: true } }).start().getSnapshot().value === 'repatriated');
    expect(hintOf(await check03(module({ property })))).toMatch(/fails on the real machine \(counterexample \[null\]\): it states something the model does not promise/);
  });
  it('fails a property written for the one state where broken.mjs breaks, not for every open state', async () => {
    const property = (m: AnyStateMachine) =>
      fc.property(fc.constant(null), () => ends(m, ['authorities.screen', 'person.refusesToReturn', 'embassy.seeksConsent']) === 'repatriated');
    expect(hintOf(await check03(module({ property })))).toMatch(/catches broken\.mjs but not the same kind of bug in another state/);
  });
  it('fails a property that never reaches the deep states', async () => {
    const property = (m: AnyStateMachine) => fc.property(fc.array(fc.constantFrom('authorities.screen'), { maxLength: 3 }), (before) => ends(m, before) === 'repatriated');
    expect(hintOf(await check03(module({ property })))).toMatch(/holds on the broken machine too/);
  });
});

describe('exercise 4 near misses', () => {
  const right = { default: { outcome: 'repatriated', basis: ['1a', '1b'] }, mobilizeAgain: { outcome: 'passportIssued', basis: ['1a', '1b'] } };
  const machine = applyReadings(chineseResidentInKoreaMachine, { koreanSideDeclines: 'mobilizeAgain' });
  it('checks the order of the basis and the outcome of each prediction', async () => {
    expect(hintOf(await check04(module({ prediction: { ...right, default: { outcome: 'repatriated', basis: ['1b', '1a'] } }, machine })))).toMatch(/in the order first cited/);
    expect(hintOf(await check04(module({ prediction: { ...right, mobilizeAgain: { outcome: 'underInvestigation', basis: ['1a', '1b'] } }, machine })))).toMatch(/prediction\.mobilizeAgain\.outcome is not where the case ends/);
  });
  it('wants the reading applied, not the machine as it is', async () => {
    expect(hintOf(await check04(module({ prediction: right, machine: chineseResidentInKoreaMachine })))).toMatch(/does not behave as koreanSideDeclines=mobilizeAgain: after korea\.declines it is in "repatriated"/);
  });
});

describe('exercise 5 near misses', () => {
  const reading = {
    clauses: ['1a', '1b'],
    question: 'What happens when the Korean side declines consent?',
    why: 'Without consent, the rule of return stands.',
    default: 'repatriate',
    options: { repatriate: { description: 'Without consent, return.' }, mobilizeAgain: { description: 'Without consent, mobilize again.' } },
  };
  it('wants the default option to leave the model as it is', async () => {
    const withReading = (o: string) => applyReadings(chineseResidentInKoreaMachine, { koreanSideDeclines: o === 'repatriate' ? 'mobilizeAgain' : 'repatriate' });
    expect(hintOf(await check05(module({ reading, withReading })))).toMatch(/under your default option "repatriate" the copy behaves differently from the original: facts .*korea\.declines/);
  });
  it('wants an alternative that changes something', async () => {
    expect(hintOf(await check05(module({ reading, withReading: () => chineseResidentInKoreaMachine })))).toMatch(/no option of your reading changes any of 400 random cases/);
  });
  it('wants every transition of the copy to cite a clause', async () => {
    const config = chineseResidentInKoreaMachine.config as unknown as { states: Record<string, Record<string, unknown>> };
    const copy = createMachine({ ...config, states: { ...config.states, passportIssued: { ...config.states['passportIssued'], on: { 'person.sneezes': { target: 'passportIssued' } } } } } as never).provide(chineseResidentInKoreaMachine.implementations as never);
    expect(hintOf(await check05(module({ reading, withReading: () => copy })))).toMatch(/the transition on person\.sneezes from passportIssued cites no clause/);
  });
});

describe('exercise 6 near misses', () => {
  const config = chineseResidentInKoreaMachine.config as unknown as { context: (a: { input?: Record<string, unknown> }) => object };
  const copy = createMachine({ ...config, context: (a: { input?: Record<string, unknown> }) => ({ ...config.context(a), forcedByDisaster: a.input?.['forcedByDisaster'] ?? false }) } as never).provide(
    chineseResidentInKoreaMachine.implementations as never,
  ) as AnyStateMachine;
  const postCable = readings.postCableCrossings.options.returnAndPunish.guards.isReturnedUnder4b;
  const punish = readings.punishment.options.postCableCrossers.updates.punish;
  type Ctx = Parameters<typeof postCable>[0]['context'] & { forcedByDisaster: boolean };
  const reading = {
    clauses: ['4b'],
    question: 'Is a person forced across by disaster an illegal crosser?',
    why: 'The cable as written makes no exception for them.',
    default: 'asWritten',
    options: { asWritten: { description: 'The cable as written.' }, protocol1964: { description: 'The 1964 Protocol read in.' } },
  };
  const exceptionGuard = { isReturnedUnder4b: ({ context }: { context: Ctx }) => !context.forcedByDisaster && postCable({ context }) };
  const exceptionPunish = { punish: assign(({ context }: { context: Ctx }, params: { when: 'screening' | 'return' }) => (context.forcedByDisaster ? {} : punish(context, params))) };
  const withReading = (parts: Record<string, unknown>) => (o: string) => (o === 'asWritten' ? copy : copy.provide(parts as never));

  it('catches an exception that changes the route but still punishes', async () => {
    expect(hintOf(await check06(module({ reading, withReading: withReading({ guards: exceptionGuard }) })))).toMatch(/still treated as an illegal crosser \(marked for punishment\)/);
  });
  it('catches an exception that lets a crime go', async () => {
    const noClause3 = { guards: { ...exceptionGuard, hasCrimeOrPendingCase: ({ context }: { context: Ctx }) => context.hasCrimeOrPendingCase && !context.forcedByDisaster }, actions: exceptionPunish };
    expect(hintOf(await check06(module({ reading, withReading: withReading(noClause3) })))).toMatch(/clause 3 no longer holds for a crosser forced across by disaster/);
  });
  it('catches an exception that reaches people not forced across', async () => {
    const everyone = { guards: { isReturnedUnder4b: () => false }, actions: { punish: assign(() => ({})) } };
    expect(hintOf(await check06(module({ reading, withReading: withReading(everyone) })))).toMatch(/a crosser NOT forced across by disaster is handled differently/);
  });
  it('passes the exception done right (the guard and the action)', async () => {
    expect(await check06(module({ reading, withReading: withReading({ guards: exceptionGuard, actions: exceptionPunish }) }))).toMatchObject({ pass: true });
  });
});

describe('exercise 7 near misses', () => {
  it('catches a percentage for a fraction, and more replications than needed', async () => {
    expect(hintOf(await check07(module({ answer: { replications: 15, estimate: 22.79, ci95: [21.85, 23.73] } })))).toMatch(/give it as a fraction, not a percentage/);
    const twenty = { replications: 20, estimate: 0.2279, ci95: [0.21993, 0.23587] };
    expect(hintOf(await check07(module({ answer: twenty })))).toMatch(/19 replications already give an interval within \u00b11 point: find the fewest/);
  });
  it('catches the default reading in place of the one asked for', async () => {
    expect(hintOf(await check07(module({ answer: { replications: 15, estimate: 0.05, ci95: [0.04, 0.06] } })))).toMatch(/check the reading, the seed/);
  });
});

describe('exercise 8 near misses', () => {
  const solution = readFileSync(fileURLToPath(new URL('../../../docs/teaching/solutions/08-write-a-record-check.yaml', import.meta.url)), 'utf8');
  it('hands on the loader\u2019s one-line message for a bad entry', async () => {
    expect(hintOf(await check08(text(solution.replace('outcome: residing', 'outcome: stayed'))))).toMatch(/the scenario does not load: .*record\[0\]\.measure\.outcome: "stayed" is not an outcome of koreanCitizenInChina/);
  });
  it('calls a straddled threshold undecided, and wants a dated source and a check of one\u2019s own', async () => {
    expect(hintOf(await check08(text(solution.replace('atLeast: 0.05', 'atLeast: 0.127'))))).toMatch(/is undecided/);
    expect(hintOf(await check08(text(solution.replace('cable of 9 October 1959, with', 'cable, with'))))).toMatch(/its source must name the document and its date/);
    expect(hintOf(await check08(text(solution.replace('id: dprk-citizens-documented-1959', 'id: dprk-complaint-1959'))))).toMatch(/is one of the embedded scenarios' checks/);
  });
});
