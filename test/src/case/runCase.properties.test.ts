import fc from 'fast-check';
import { describe, it } from 'vitest';
import { caseMachines } from '../../../machines/index.js';
import { caseModel } from '../../../src/case/caseModel.js';
import { openCase } from '../../../src/case/openCase.js';
import { persistCase } from '../../../src/case/persistCase.js';
import { restoreCase } from '../../../src/case/restoreCase.js';
import { contentDigest } from '../../../src/io/contentDigest.js';
import type { Trace } from '../../../src/case/Trace.js';
import { transitionsIn } from '../../../src/structure/machineStructure.js';
import { caseWalk, takeSteps, walkTrace, type CaseWalk } from '../../laws/caseWalks.js';
import { drive } from '../../laws/drive.js';
import { expectToFail } from '../../laws/expectToFail.js';

/** A trace is faithful: each step is a transition of the chart with its clauses, chained, in time order, and XState agrees. */
function faithfulTraces(traceOf: (w: CaseWalk) => Trace) {
  return fc.property(caseWalk(), (w) => {
    const t = traceOf(w);
    const d = caseModel(w.kind).description;
    let state = d.initial;
    let time = Date.parse(t.start);
    for (const s of t.steps) {
      if (s.from !== state) throw new Error(`step ${s.index} starts in ${s.from}, not ${state}`);
      // The transitions a case in s.from can take: its own, then those of the states around it (clause 3 on `open`).
      const match = transitionsIn(d, s.from).filter((x) => x.event === s.event && x.toLeaf === s.to);
      if (!match.some((x) => JSON.stringify(x.clauses) === JSON.stringify(s.clauses))) {
        throw new Error(`step ${s.index} cites ${s.clauses.join(' ')}, which no ${s.from} --${s.event}--> ${s.to} transition does`);
      }
      if (s.actor !== s.event.split('.')[0]) throw new Error(`step ${s.index}: actor ${s.actor} for ${s.event}`);
      if (Date.parse(s.time) < time) throw new Error(`step ${s.index} goes back in time`);
      time = Date.parse(s.time);
      state = s.to;
    }
    const xstate = drive(caseMachines[w.kind], t.input, t.steps.map((s) => s.event));
    if (xstate.state !== t.state) throw new Error(`XState ends in ${xstate.state}, the trace in ${t.state}`);
    if (xstate.status === 'done' && JSON.stringify((xstate.output as { basis: string[] }).basis) !== JSON.stringify(t.basis)) {
      throw new Error('the trace basis differs from the machine output');
    }
  });
}

/** Saving mid-way and restoring from JSON, then going on, gives the same trace as one uninterrupted run. */
function resumableCases(restore: (saved: unknown) => ReturnType<typeof openCase>) {
  return fc.property(caseWalk(), fc.nat({ max: 8 }), (w, cut) => {
    const whole = walkTrace(w);
    const first = takeSteps(openCase(w.kind, w.facts), w.picks.slice(0, cut));
    const resumed = takeSteps(restore(JSON.parse(JSON.stringify(persistCase(first)))), w.picks.slice(cut));
    if (JSON.stringify(resumed.trace()) !== JSON.stringify(whole)) throw new Error('the resumed case differs from the uninterrupted one');
  });
}

describe('runCase › properties', () => {
  it('traces are faithful to the statechart and to XState', () => fc.assert(faithfulTraces(walkTrace)));
  it('catches a tracer that cites the target state\u2019s clauses instead of the transition\u2019s', () => {
    expectToFail(
      faithfulTraces((w) => {
        const t = walkTrace(w);
        const d = caseModel(w.kind).description;
        return { ...t, steps: t.steps.map((s) => ({ ...s, clauses: d.states.find((x) => x.name === s.to)!.clauses })) };
      }),
    );
  });

  it('a case saved mid-way and restored from JSON goes on exactly as if never interrupted', () => fc.assert(resumableCases((saved) => restoreCase(saved))));
  it('catches a restore that loses the simulated clock', () => {
    expectToFail(
      resumableCases((saved) => {
        const s = saved as { trace: { steps: { time: string }[]; start: string } };
        const lost = { ...s, trace: { ...s.trace, steps: s.trace.steps.map((x) => ({ ...x, time: s.trace.start })) } };
        // Resealed: the replay, not the digest, must catch the lost clock.
        return restoreCase({ ...lost, digest: contentDigest(lost) });
      }),
    );
  });
});
