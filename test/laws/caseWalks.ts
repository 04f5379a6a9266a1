import fc from 'fast-check';
import { openCase, type CaseRun } from '../../src/case/openCase.js';
import type { Trace } from '../../src/case/Trace.js';
import { caseInputs } from './arbitraries.js';

/** A generated case: its kind and facts, and for each step which accepted event to take and after how many days. */
export interface CaseWalk {
  readonly kind: keyof typeof caseInputs;
  readonly facts: Record<string, unknown>;
  readonly picks: readonly { readonly pick: number; readonly days: number }[];
}

/** Generated cases of every kind; `caseId` may be any string (commas, quotes, newlines, markup). */
export const caseWalk = (): fc.Arbitrary<CaseWalk> =>
  fc
    .constantFrom(...(Object.keys(caseInputs) as (keyof typeof caseInputs)[]))
    .chain((kind) =>
      fc.record({
        kind: fc.constant(kind),
        facts: (caseInputs[kind] as fc.Arbitrary<Record<string, unknown>>).chain((f) =>
          fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom('a,b', 'say "hi"', 'x\ny', '<&>\'')).map((caseId) => ({ ...f, caseId })),
        ),
        picks: fc.array(fc.record({ pick: fc.nat({ max: 5 }), days: fc.integer({ min: 0, max: 400 }) }), { maxLength: 8 }),
      }),
    );

/** Takes the walk's steps on a run: each picks among the events accepted now. */
export function takeSteps(run: CaseRun, picks: CaseWalk['picks']): CaseRun {
  for (const { pick, days } of picks) {
    const accepted = run.accepted();
    if (accepted.length === 0) break;
    run.send(accepted[pick % accepted.length]!, days);
  }
  return run;
}

/** Runs a generated case to its trace. */
export function walkTrace(w: CaseWalk): Trace {
  return takeSteps(openCase(w.kind, w.facts), w.picks).trace();
}
