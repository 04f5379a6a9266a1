import fc from 'fast-check';
import { effectiveDateOf, readings } from '../../machines/index.js';
import { caseModel } from '../../src/case/caseModel.js';
import type { Trace } from '../../src/case/Trace.js';
import { caseWalk, type CaseWalk } from './caseWalks.js';
import { isoDate } from './arbitraries.js';

/** Any selection of readings: every reading named, each with any of its options. */
export const anyReadings = (): fc.Arbitrary<Record<string, string>> =>
  fc.record(Object.fromEntries(Object.entries(readings).map(([id, r]) => [id, fc.constantFrom(...Object.keys(r.options))])));

/** A generated case with readings and, sometimes, an explicit start day at or after the effective date. */
export interface DatedWalk {
  readonly walk: CaseWalk;
  readonly readings: Record<string, string>;
  readonly startDate?: string;
}

/** Generated cases under any readings; a third of them with an explicit start (never before the effective date). */
export const datedWalk = (): fc.Arbitrary<DatedWalk> =>
  fc.record({ walk: caseWalk(), readings: anyReadings(), start: fc.option(isoDate(), { freq: 3 }) }).map(({ walk, readings: selection, start }) => {
    const effective = effectiveDateOf(selection);
    return { walk, readings: selection, ...(start === null ? {} : { startDate: start < effective ? effective : start }) };
  });

/** Design §6.10 for the case runner: whatever the facts, readings, explicit start and event gaps, no step of a trace is dated before the effective date its readings give. */
export function noStepBeforeEffectiveDate(traceOf: (w: DatedWalk) => Trace) {
  return fc.property(datedWalk(), (w) => {
    const effective = effectiveDateOf(w.readings);
    for (const s of traceOf(w).steps) {
      if (s.time.slice(0, 10) < effective) throw new Error(`step ${s.index} (${s.event}) is dated ${s.time}, before the effective date ${effective}`);
    }
  });
}

/**
 * Design §4: a case starts at the later of its date fact (crossing, submission) and the effective
 * date (crossings long before the cable included), or at its explicit start.
 */
export function startsAtLaterOfFactAndEffectiveDate(traceOf: (w: DatedWalk) => Trace) {
  return fc.property(datedWalk(), (w) => {
    const t = traceOf(w);
    const effective = effectiveDateOf(w.readings);
    const fact = Object.entries(caseModel(w.walk.kind).facts).find(([, s]) => s.startsCase)?.[0];
    const factDay = String(t.input[fact!]);
    const expected = w.startDate ?? (factDay > effective ? factDay : effective);
    if (t.start !== `${expected}T00:00:00.000Z`) throw new Error(`the case starts at ${t.start}, not ${expected} (date fact ${factDay}, effective date ${effective})`);
  });
}
