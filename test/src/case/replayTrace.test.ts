import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTrace } from '../../../src/case/checkTrace.js';
import { replayTrace } from '../../../src/case/replayTrace.js';
import { runCase } from '../../../src/case/runCase.js';
import { sampleTraces } from '../../../src/case/sampleTraces.js';
import type { Trace } from '../../../src/case/Trace.js';
import { InputError } from '../../../src/InputError.js';
import { caseWalk, walkTrace } from '../../laws/caseWalks.js';
import { everyEnding } from '../eventLog/eventLogTraces.js';

type Mutable = Omit<{ -readonly [K in keyof Trace]: Trace[K] }, 'steps' | 'input'> & { steps: Record<string, unknown>[]; input: Record<string, unknown> };

/** Ways to corrupt a trace of at least one step so that it is no longer a run of its machine. */
const corruptions: Record<string, (t: Mutable, i: number) => void> = {
  'unknown state': (t, i) => (t.steps[i]!['to'] = 'flying'),
  'unknown event': (t, i) => (t.steps[i]!['event'] = 'authorities.dance'),
  'clause outside the registry': (t, i) => (t.steps[i]!['clauses'] = ['9z']),
  'broken chain': (t, i) => (t.steps[i]!['from'] = t.steps[i]!['from'] === 'flying' ? 'nowhere' : 'flying'),
  'wrong actor': (t, i) => (t.steps[i]!['actor'] = 'nobody'),
  'final state': (t) => (t.state = `${t.state}X`),
  'outcome': (t) => (t.outcome = 'passportIssued!'),
  'punishment': (t) => (t.punishment = t.punishment === undefined ? 'severe' : undefined),
  'dropped last step': (t) => t.steps.pop(),
};

/** Law: a corrupted trace is refused with an InputError that names where it came from. */
function corruptionsRefused(check: (t: Trace, where: string) => unknown) {
  return fc.property(caseWalk(), fc.constantFrom(...Object.keys(corruptions)), fc.nat(), (walk, name, at) => {
    const trace = walkTrace(walk);
    fc.pre(trace.steps.length > 0);
    const bad = structuredClone(trace) as unknown as Mutable;
    corruptions[name]!(bad, at % bad.steps.length);
    expect(() => check(bad as unknown as Trace, 'file:7')).toThrow(InputError);
    expect(() => check(bad as unknown as Trace, 'file:7')).toThrow(/^file:7: /);
  });
}

describe('replayTrace', () => {
  it('accepts every run of a machine: generated walks, every way each kind ends under each reading, the sample', () => {
    fc.assert(
      fc.property(caseWalk(), (walk) => {
        const trace = walkTrace(walk);
        expect(replayTrace(trace, 'x').trace()).toEqual(trace);
      }),
      { numRuns: 300 },
    );
    for (const trace of [...everyEnding(), ...sampleTraces({ perKind: 10 })]) expect(() => replayTrace(trace, 'x')).not.toThrow();
  });

  it('accepts gaps of any fraction of a day, as the clock rounds them', () => {
    const trace = runCase('chineseResidentInKorea', {}, [
      { type: 'authorities.screen', afterDays: 1 / 7 },
      { type: 'person.refusesToReturn', afterDays: 2.000001 },
      { type: 'embassy.seeksConsent', afterDays: 1e-9 },
    ]);
    expect(replayTrace(trace, 'x').trace().steps.map((s) => s.to)).toEqual(trace.steps.map((s) => s.to));
  });

  it('returns the replayed case, ready for more events, so a restore can go on from the trace', () => {
    const trace = runCase('koreanCitizenInChina', { caseId: 'k' }, ['authorities.screen']);
    const run = replayTrace(trace, 'x', { stepDays: 2 });
    run.send('publicSecurity.repatriates');
    expect(run.trace()).toEqual(runCase('koreanCitizenInChina', { caseId: 'k' }, ['authorities.screen', { type: 'publicSecurity.repatriates', afterDays: 2 }]));
  });

  it('refuses a step the state does not accept even when the run is lenient', () => {
    const trace = runCase('koreanCitizenInChina', { caseId: 'k' }, ['authorities.screen']);
    const bad = { ...trace, steps: [{ ...trace.steps[0]!, event: 'korea.approvesResidence', actor: 'korea' }] };
    expect(() => replayTrace(bad, 'f:1', { strict: false })).toThrow('f:1: steps[0]: event "korea.approvesResidence" is not accepted in state "detected"');
  });

  it('refuses a trace that is not a run of its machine, naming where', () => fc.assert(corruptionsRefused(replayTrace), { numRuns: 300 }));

  it('catches a checker that looks at the shape only, as export-log did (D7)', () => {
    const details = fc.check(corruptionsRefused(checkTrace), { numRuns: 2000 });
    expect(details.failed, 'the shape check must let some corruption through').toBe(true);
  });

  it('names the first step that disagrees and how', () => {
    const trace = runCase('koreanCitizenInChina', { caseId: 'k', crossedOn: '1957-06-01' }, ['authorities.screen']);
    const residing = { ...trace, steps: [{ ...trace.steps[0]!, to: 'residing' }] };
    expect(() => replayTrace(residing, 'traces.jsonl:4')).toThrow(
      'traces.jsonl:4: steps[0] (authorities.screen) goes "detected" → "residing" but with these facts and readings the machine goes "detected" → "repatriationDue"',
    );
    const crime = { ...trace, input: { ...trace.input, hasCrimeOrPendingCase: true } };
    expect(() => replayTrace(crime, 'traces.jsonl:5')).toThrow(/^traces\.jsonl:5: steps\[0\] .* the machine goes "detected" → "repatriated"$/);
  });
});

describe('replayTrace › the effective date (design §6.10)', () => {
  const DAY_MS = 86_400_000;
  const back = (time: string, days: number) => new Date(Date.parse(time) - days * DAY_MS).toISOString();
  const good = runCase('chineseResidentInKorea', { caseId: 'e1' }, ['authorities.screen@3', 'person.refusesToReturn@2'], { readings: { effectiveDate: 'received' } });
  it('replays a trace that starts on the effective date of its readings', () => {
    expect(good.start).toBe('1957-12-21T00:00:00.000Z');
    expect(replayTrace(good, 't').trace().steps).toHaveLength(2);
  });
  it('refuses a trace that starts before it, naming the date and the reading', () => {
    const early = { ...good, start: back(good.start, 1), steps: good.steps.map((s) => ({ ...s, time: back(s.time, 1) })) };
    expect(() => replayTrace(early, 'f:1')).toThrow(
      new InputError('f:1: "start" 1957-12-20T00:00:00.000Z is before the effective date 1957-12-21 (reading effectiveDate=received); no step of a case may be dated earlier'),
    );
  });
  it('refuses a step dated before it even when the start is not (a trace that skipped checkTrace)', () => {
    const early = { ...good, steps: good.steps.map((s, i) => (i === 0 ? { ...s, time: '1957-12-18T00:00:00.000Z' } : s)) };
    expect(() => replayTrace(early, 'f:1')).toThrow(
      new InputError('f:1: steps[0].time 1957-12-18T00:00:00.000Z is before the effective date 1957-12-21 (reading effectiveDate=received); no step of a case may be dated earlier'),
    );
  });
});
