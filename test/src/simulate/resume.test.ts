import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';
import type { Scenario } from '../../../src/scenario/Scenario.js';
import { mergeResults } from '../../../src/simulate/mergeResults.js';
import { simulate, simulateTallies, type SimulateOptions } from '../../../src/simulate/simulate.js';
import type { PartialResult, ReplicationTallies } from '../../../src/simulate/SimulationResult.js';

const small = (): Scenario => {
  const b = baselineScenario();
  return {
    ...b,
    record: [],
    calibrate: {},
    replications: 7,
    population: {
      chineseResidentInKorea: { count: 300, crossedAfterCableShare: 0.2 },
      koreanCitizenInChina: { count: 200, crossedAfterCableShare: 0.2 },
      emigrationApplication: { count: 100, submittedWithinDays: 365 },
    },
  };
};

/** How a run goes on from the replications a checkpoint holds. */
type Resume = (s: Scenario, done: readonly ReplicationTallies[], options: SimulateOptions) => Promise<Omit<PartialResult, 'digest'>>;
const rightResume: Resume = (s, done, options) => simulateTallies(s, { ...options, resume: done });

/**
 * Law: a run stopped at any moments (after any number of cases, mid-replication or between),
 * each time resumed from the replications finished so far, ends byte-identical to a run never
 * stopped. `stops` are case counts at which the run is aborted, as a kill would stop it.
 */
const resumesToSameBytes = (s: Scenario, whole: string, resume: Resume) =>
  fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 4200 }), { minLength: 1, maxLength: 3 }), async (stops) => {
    let done: ReplicationTallies[] = [];
    for (const stop of stops) {
      const controller = new AbortController();
      const finished = [...done];
      await resume(s, done, {
        signal: controller.signal,
        onReplication: (r) => finished.push(r),
        onProgress: (p) => {
          if (p.casesDone >= stop) controller.abort(new Error('killed'));
        },
      }).catch((error: unknown) => {
        if ((error as Error).message !== 'killed') throw error;
      });
      done = finished;
    }
    const last = await resume(s, done, {});
    expect(JSON.stringify(mergeResults([{ ...last, digest: '' }]))).toBe(whole);
  });

describe('simulateTallies with resume', () => {
  it('resumed after stops at any moments, gives the bytes of a run never stopped', async () => {
    const s = small();
    await fc.assert(resumesToSameBytes(s, JSON.stringify(await simulate(s)), rightResume), { numRuns: 25 });
  });

  // Meta-tests: each broken resume below is caught by the law.
  const broken: Record<string, Resume> = {
    // It forgets the finished replications: it runs the rest but leaves them out.
    'forgets finished replications': async (s, done, options) => {
      const rest = await simulateTallies(s, { ...options, resume: done });
      return { ...rest, reps: rest.reps.filter((r) => !done.some((d) => d.rep === r.rep)) };
    },
    // It counts them twice: it runs everything again and adds the checkpoint's on top.
    'double-counts finished replications': async (s, done, options) => {
      const all = await simulateTallies(s, options);
      return { ...all, reps: [...done, ...all.reps].sort((a, b) => a.rep - b.rep) };
    },
    // It runs "the rest" as a fresh run of fewer replications, numbered after the finished ones:
    // the streams of replications 0, 1, … again, not of the missing ones.
    'renumbers the remaining replications': async (s, done, options) => {
      const rest = await simulateTallies({ ...s, replications: s.replications - done.length }, options);
      const missing = Array.from({ length: s.replications }, (_, r) => r).filter((r) => !done.some((d) => d.rep === r));
      return { ...rest, scenario: s, reps: [...done, ...rest.reps.map((r, i) => ({ ...r, rep: missing[i]! }))].sort((a, b) => a.rep - b.rep) };
    },
  };
  it.each(Object.keys(broken))('catches a resume that %s', async (name) => {
    const s = small();
    const details = await fc.check(resumesToSameBytes(s, JSON.stringify(await simulate(s)), broken[name]!), { numRuns: 40 });
    expect(details.failed).toBe(true);
  });

  it('refuses a finished replication outside the run or given twice', async () => {
    const s = small();
    const one = (await simulateTallies(s, { shard: { index: 1, count: 7 } })).reps;
    await expect(simulateTallies(s, { resume: [...one, ...one] })).rejects.toThrow('resume: a replication is given twice');
    await expect(simulateTallies(s, { shard: { index: 2, count: 2 }, resume: one })).rejects.toThrow("resume: replication 0 is not one of this run's");
  });
});
