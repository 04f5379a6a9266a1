import { describe, expect, it } from 'vitest';
import { resolveSweep } from '../../../../src/experiment/sweep/loadSweep.js';
import { pointScenarios } from '../../../../src/experiment/sweep/pointScenarios.js';
import { replicationRunner } from '../../../../src/experiment/sweep/replicationRunner.js';
import { sweep } from '../../../../src/experiment/sweep/sweep.js';
import { initialSweepState, nextTasks, type SweepState } from '../../../../src/experiment/sweep/SweepState.js';
import { simulate } from '../../../../src/simulate/simulate.js';
import { t975 } from '../../../../src/stats/intervals.js';

// A synthetic scenario whose one share is binomial: applications only, none with political issues
// or a pending case, each justified (approved, then departed) with probability isJustified,
// rejected otherwise; fixed short durations, so every case ends long before the horizon. The
// departed share of a replication is Binomial(40, p)/40: variance p(1 − p)/40.
const known = (p: number) => ({
  name: 'known',
  seed: 3,
  horizonDays: 400,
  population: {
    chineseResidentInKorea: { count: 0 },
    koreanCitizenInChina: { count: 0 },
    emigrationApplication: { count: 40, submittedWithinDays: 10 },
  },
  probabilities: { hasPoliticalIssues: 0, hasPendingCase: 0, isJustified: p },
  durations: { review: { dist: 'fixed', days: 5 }, departure: { dist: 'fixed', days: 5 } },
});

const predicted = (sigma: number, goal: number) => {
  let r = 2;
  while ((t975(r - 1) * sigma) / Math.sqrt(r) > goal) r++;
  return r;
};

describe('sweep', () => {
  const goal = 0.01;
  const design = resolveSweep(
    {
      scenario: known(0.5),
      grid: { 'probabilities.isJustified': [0.3, 0.5] },
      targets: [{ kind: 'emigrationApplication', outcome: 'departed', halfWidth: goal }],
      batch: 5,
      maxReplications: 1000,
    },
    'test.yaml',
  );

  it('stops each point where the binomial variance predicts, at the first batch meeting the target, with simulate\'s numbers', async () => {
    const result = await sweep(design);
    for (const [i, p] of [0.3, 0.5].entries()) {
      const point = result.points[i]!;
      const rStar = predicted(Math.sqrt((p * (1 - p)) / 40), goal);
      expect(point.stopped).toBe('target');
      expect(point.replications % 5).toBe(0);
      expect(point.replications).toBeGreaterThanOrEqual(0.75 * rStar);
      expect(point.replications).toBeLessThanOrEqual(1.3 * rStar + 5);
      // The row is simulate's result for that point and that many replications, number for number.
      const scenario = { ...pointScenarios(design)(design.points[i]!), replications: point.replications };
      const simulated = await simulate(scenario, { engine: 'compiled' });
      const row = result.rows.find((r) => r.point === i && r.outcome === 'departed')!;
      const o = simulated.outcomes['emigrationApplication']!['departed']!;
      expect([row.share, row.ci95]).toEqual([o.share, o.ci95]);
      expect(row.medianDays).toBe(simulated.timeToOutcomeDays['emigrationApplication']!['departed']!.median);
      expect(row.halfWidth).toBeLessThanOrEqual(goal);
      // One batch fewer had not met it: the rule stops at the first batch that does.
      const before = await simulate({ ...scenario, replications: point.replications - 5 }, { engine: 'compiled' });
      const [lo, hi] = before.outcomes['emigrationApplication']!['departed']!.ci95;
      expect((hi - lo) / 2).toBeGreaterThan(goal - 1e-6);
    }
  });

  it('runs every point on common random numbers: replication r draws the same at every point', async () => {
    // With the same uniform per case, a case justified at p = 0.3 is justified at p = 0.5: in every
    // replication the departures at 0.5 include those at 0.3. Independent streams would break this.
    const run = replicationRunner(design);
    for (let rep = 0; rep < 10; rep++) {
      const low = await run({ point: 0, values: [0.3], rep });
      const high = await run({ point: 1, values: [0.5], rep });
      expect(high['emigrationApplication']!.outcomes['departed']!.count).toBeGreaterThanOrEqual(low['emigrationApplication']!.outcomes['departed']!.count);
      expect(high['emigrationApplication']!.n).toBe(low['emigrationApplication']!.n);
    }
  });

  it('has a state that is a pure function of the design and the rounds done', async () => {
    const rounds: SweepState[] = [];
    await sweep(design, { onRound: (s) => rounds.push(s) });
    const again: SweepState[] = [];
    await sweep(design, { onRound: (s) => again.push(s) });
    expect(JSON.stringify(again)).toBe(JSON.stringify(rounds));
    expect(rounds.map((s) => s.rounds)).toEqual(rounds.map((_, i) => i + 1));
    // Each round runs the next batch of every running point, and only of those.
    expect(nextTasks(design, initialSweepState(design)).map((t) => [t.point, t.rep])).toEqual([0, 1].flatMap((point) => [0, 1, 2, 3, 4].map((rep) => [point, rep])));
    const last = rounds.at(-1)!;
    expect(nextTasks(design, last)).toEqual([]);
  });

  it('resumes from the state after any round to the same result (where checkpoints will hook in)', async () => {
    const rounds: SweepState[] = [];
    const whole = await sweep(design, { onRound: (s) => rounds.push(s) });
    for (const k of [0, 1, Math.floor(rounds.length / 2), rounds.length - 1]) {
      // Through JSON, as a checkpoint file would carry it.
      const state = JSON.parse(JSON.stringify(rounds[k])) as SweepState;
      expect(JSON.stringify(await sweep(design, { state }))).toBe(JSON.stringify(whole));
    }
  });

  it('with no targets runs every point to maxReplications and says max', async () => {
    const result = await sweep({ ...design, targets: [], maxReplications: 7 });
    expect(result.points.map((p) => [p.replications, p.stopped])).toEqual([
      [7, 'max'],
      [7, 'max'],
    ]);
  });

  it('finishes a 20-point Latin hypercube with a half-width target, tidy rows for every point × kind × outcome', async () => {
    const lhs = resolveSweep(
      {
        scenario: { ...known(0.5), population: { ...known(0.5).population, chineseResidentInKorea: { count: 30, crossedAfterCableShare: 1 } } },
        points: 20,
        ranges: { 'probabilities.isJustified': [0, 1], 'probabilities.koreaHandsOver': [0, 1] },
        targets: [{ kind: 'emigrationApplication', outcome: 'departed', halfWidth: 0.03 }],
        maxReplications: 60,
      },
      'lhs.yaml',
    );
    const result = await sweep(lhs);
    expect(result.points).toHaveLength(20);
    expect(result.points.every((p) => p.stopped === 'target' || p.replications === 60)).toBe(true);
    const kinds = new Set(result.rows.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['chineseResidentInKorea', 'emigrationApplication']);
    for (const p of result.points) {
      expect(result.rows.filter((r) => r.point === p.point && r.kind === 'emigrationApplication').map((r) => r.outcome)).toEqual(['rejected', 'departed']);
    }
    // The values are the Latin hypercube's, rounded to 6 significant digits: the printed value is the value run.
    for (const p of result.points) for (const v of Object.values(p.values)) expect(Number(v.toPrecision(6))).toBe(v);
  });
});
