import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveSweep } from '../../../../src/experiment/sweep/loadSweep.js';
import { pointScenarios } from '../../../../src/experiment/sweep/pointScenarios.js';
import { runSweep } from '../../../../src/experiment/sweep/runSweep.js';
import { summarizeSweep } from '../../../../src/experiment/sweep/summarizeSweep.js';
import { sweepStateOf, type SweepReplication } from '../../../../src/experiment/sweep/sweepStateOf.js';
import type { SweepState } from '../../../../src/experiment/sweep/SweepState.js';

// Resuming a sweep from a checkpoint (issue 14, item 3), in-process: a checkpoint holds the
// replications finished when it was written, in the order they finished — any prefix of that
// order, cut inside a round or a batch as often as between rounds. The law: resumed from any
// prefix, the sweep ends with the bytes of an uninterrupted run. Broken resumes are shown caught.
const design = resolveSweep(
  {
    scenario: {
      name: 'small',
      seed: 5,
      horizonDays: 730,
      population: { chineseResidentInKorea: { count: 60, crossedAfterCableShare: 1 }, koreanCitizenInChina: { count: 0 }, emigrationApplication: { count: 40 } },
    },
    points: 20,
    ranges: { 'probabilities.koreaHandsOver': [0, 1], 'durations.handover.median': [7, 365] },
    targets: [{ kind: 'chineseResidentInKorea', outcome: 'repatriated', halfWidth: 0.03 }],
    batch: 4,
    maxReplications: 40,
  },
  'law.yaml',
);
const whole = new Promise<{ bytes: string; finished: SweepReplication[] }>((resolve, reject) => {
  const finished: SweepReplication[] = [];
  runSweep(design, { onReplication: (t, kinds) => finished.push({ point: t.point, rep: t.rep, kinds }) })
    .then((state) => resolve({ bytes: JSON.stringify(summarizeSweep(design, state, pointScenarios(design))), finished }))
    .catch(reject);
});

/** A resume: the state a checkpoint's replications stand for. */
type Resume = (done: readonly SweepReplication[]) => SweepState;
const resume: Resume = (done) => sweepStateOf(JSON.parse(JSON.stringify(done)), 'law.json', 'done', design, { index: 1, count: 1 }, false);

/** Law: resumed from the replications finished at any moment, the sweep gives the uninterrupted bytes. */
const resumesToTheSameBytes = (resumeFrom: Resume, cuts: fc.Arbitrary<number>) =>
  fc.asyncProperty(cuts, async (k) => {
    const { bytes, finished } = await whole;
    const state = resumeFrom(finished.slice(0, k));
    expect(JSON.stringify(summarizeSweep(design, await runSweep(design, { state }), pointScenarios(design)))).toBe(bytes);
  });
const anyCut = async () => fc.integer({ min: 0, max: (await whole).finished.length });

/** Broken resumes, each a plausible bug in reading a checkpoint back. */
const broken: Record<string, Resume> = {
  // A replication recorded again (a unit added twice): the point's shares count it twice.
  'counting the last replication twice': (done) => {
    const state = resume(done);
    const last = done.at(-1);
    if (!last) return state;
    return { ...state, points: state.points.map((p, i) => (i === last.point ? { ...p, reps: [...p.reps, last.kinds] } : p)) };
  },
  // A round's replications lost, but the stops it reached kept: the point ends one batch short.
  'forgetting the last round of a stopped point': (done) => {
    const state = resume(done);
    return { ...state, points: state.points.map((p) => (p.stopped === null ? p : { ...p, reps: p.reps.slice(0, Math.max(0, p.reps.length - design.batch)) })) };
  },
  // The stops not replayed: every point runs on past the batch where its rule stopped it.
  'forgetting which points had stopped': (done) => {
    const state = resume(done);
    return { ...state, points: state.points.map((p) => ({ ...p, stopped: null })) };
  },
};

describe('sweepStateOf: resuming a sweep from its checkpoint', () => {
  it('resumed from the replications finished at any moment (inside a batch too), gives the bytes of an uninterrupted run', async () => {
    await fc.assert(resumesToTheSameBytes(resume, await anyCut()), { numRuns: 12 });
    // The ends: nothing done, everything done.
    const { finished } = await whole;
    for (const k of [0, finished.length]) await fc.assert(resumesToTheSameBytes(resume, fc.constant(k)), { numRuns: 1 });
  });

  it.each(Object.keys(broken))('the law catches a broken resume: %s', async (name) => {
    const { finished } = await whole;
    // Cuts after the first round, when some point has stopped (one round is 20 × 4 replications).
    const result = await fc.check(resumesToTheSameBytes(broken[name]!, fc.integer({ min: 20 * design.batch + 1, max: finished.length })), { numRuns: 12, endOnFailure: true });
    expect(result.failed).toBe(true);
  });

  it('refuses replications past the stop its rule reached, a gap, a repeat and a point outside the shard', async () => {
    const { finished } = await whole;
    const lastOf = (point: number) => finished.filter((r) => r.point === point).at(-1)!;
    // A point that met its target: one more replication (another's tallies, valid in themselves) is one too many.
    const last = lastOf(finished.find((r) => lastOf(r.point).rep < design.maxReplications - 1)!.point);
    const past = [...finished, { ...last, rep: last.rep + 1 }];
    expect(() => resume(past)).toThrow(`law.json: done: point ${last.point} has ${last.rep + 2} replications, but its stopping rule stopped it at ${last.rep + 1} (target)`);
    expect(() => resume(finished.filter((r) => !(r.point === 2 && r.rep === 1)))).toThrow(`law.json: done: point 2: replication 1 is missing, yet ${lastOf(2).rep} is there`);
    expect(() => resume([...finished.slice(0, 5), finished[2]!])).toThrow('law.json: done[5]: point 0, replication 2 is there twice');
    expect(() => sweepStateOf(JSON.parse(JSON.stringify(finished)), 'law.json', 'done', design, { index: 2, count: 2 }, false)).toThrow('law.json: done[0].point: point 0 does not belong to shard 2/2');
  });
});
