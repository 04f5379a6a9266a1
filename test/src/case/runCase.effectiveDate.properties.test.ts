import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyReadings, effectiveDateOf, resolveReadings } from '../../../machines/index.js';
import { caseModel } from '../../../src/case/caseModel.js';
import { caseRun, openCase } from '../../../src/case/openCase.js';
import { parseFacts } from '../../../src/case/parseFacts.js';
import type { Trace } from '../../../src/case/Trace.js';
import { takeSteps } from '../../laws/caseWalks.js';
import { expectToFail } from '../../laws/expectToFail.js';
import { noStepBeforeEffectiveDate, startsAtLaterOfFactAndEffectiveDate, type DatedWalk } from '../../laws/noStepBeforeEffectiveDate.js';

const runCaseTrace = (w: DatedWalk): Trace =>
  takeSteps(openCase(w.walk.kind, w.walk.facts, { readings: w.readings, ...(w.startDate === undefined ? {} : { startDate: w.startDate }) }), w.walk.picks).trace();

/** The broken variant: version 1's runner, which started a case at its crossing (or submission) date. */
const startsAtCrossing = (w: DatedWalk): Trace => {
  const model = caseModel(w.walk.kind);
  const input = parseFacts(w.walk.kind, model.facts, w.walk.facts);
  const readings = resolveReadings(w.readings);
  const fact = Object.entries(model.facts).find(([, s]) => s.startsCase)![0];
  const start = `${w.startDate ?? String(input[fact])}T00:00:00.000Z`;
  return takeSteps(caseRun(model, { machine: applyReadings(model.machine, readings), input, readings, start, steps: [] }), w.walk.picks).trace();
};

describe('runCase › §6.10 no step before the effective date', () => {
  it('every step of every trace is on or after effectiveDateOf(readings), for any facts, readings, start and gaps', () =>
    fc.assert(noStepBeforeEffectiveDate(runCaseTrace), { numRuns: 300 }));
  it('a case starts at the later of its date fact and the effective date (or at its explicit start)', () =>
    fc.assert(startsAtLaterOfFactAndEffectiveDate(runCaseTrace), { numRuns: 300 }));

  it('catches a runner that starts a case at its crossing date: shrunk to one early step of a pre-cable case', () => {
    const details = expectToFail(noStepBeforeEffectiveDate(startsAtCrossing));
    const [w] = details.counterexample! as [DatedWalk];
    expect(w.walk.picks).toHaveLength(1);
    expect(w.startDate).toBeUndefined();
    const fact = Object.values(w.walk.facts).find((v) => typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v)) as string;
    expect(fact < effectiveDateOf(w.readings)).toBe(true);
  });
  it('catches the same runner on the start alone, with no step at all', () => {
    const details = expectToFail(startsAtLaterOfFactAndEffectiveDate(startsAtCrossing));
    expect((details.counterexample![0] as DatedWalk).walk.picks).toHaveLength(0);
  });
});
