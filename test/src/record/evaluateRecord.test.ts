import { describe, expect, it } from 'vitest';
import type { RecordCheck } from '../../../src/record/RecordCheck.js';
import { loadScenario } from '../../../src/scenario/loadScenario.js';
import { simulate } from '../../../src/simulate/simulate.js';

const check = (id: string, measure: RecordCheck['measure'], expect: RecordCheck['expect'], use: RecordCheck['use'] = 'calibration'): RecordCheck => ({
  id,
  source: 'a test',
  says: 'a test',
  measure,
  expect,
  use,
});

// A small exodus-like run: every Chinese crosser crossed after the cable, so each waits for the
// Korean side's handover (4a) unless clause 3 sends them back at screening.
const scenario = (koreaHandsOver: number, record: RecordCheck[], replications = 4) =>
  loadScenario(
    JSON.stringify({
      name: 'exodus-like',
      startDate: '1961-04-01',
      horizonDays: 365,
      replications,
      population: { chineseResidentInKorea: { count: 800, crossedAfterCableShare: 1 }, koreanCitizenInChina: { count: 50 }, emigrationApplication: { count: 200 } },
      probabilities: { koreaHandsOver },
      record,
    }),
  );

describe('evaluateRecord (through simulate)', () => {
  it('a share check with no condition gives exactly the outcome table share and interval', async () => {
    const r = await simulate(scenario(0.6, [check('all', { kind: 'chineseResidentInKorea', outcome: 'repatriated' }, { atMost: 1 })]), { engine: 'compiled' });
    const o = r.outcomes['chineseResidentInKorea']!['repatriated']!;
    expect(r.record![0]!.model).toEqual({ estimate: o.share, ci95: o.ci95 });
  });

  it('a median check with no condition gives the outcome median of the time table', async () => {
    const r = await simulate(scenario(0.6, [check('t', { kind: 'emigrationApplication', outcome: 'departed', quantile: 0.5 }, { atLeast: 0 })]), { engine: 'compiled' });
    expect(r.record![0]!.model.estimate).toBe(r.timeToOutcomeDays['emigrationApplication']!['departed']!.median);
    const [lo, hi] = r.record![0]!.model.ci95!;
    expect(lo).toBeLessThanOrEqual(r.record![0]!.model.estimate!);
    expect(hi).toBeGreaterThanOrEqual(r.record![0]!.model.estimate!);
  });

  it('a count check is the outcome count per replication times the scale', async () => {
    const r = await simulate(scenario(0.6, [check('c', { kind: 'chineseResidentInKorea', outcome: 'repatriated', scale: 10 }, { atLeast: 0 })]), { engine: 'compiled' });
    expect(r.record![0]!.model.estimate).toBeCloseTo((r.outcomes['chineseResidentInKorea']!['repatriated']!.count / 4) * 10, 6);
  });

  it('the record decides between assumptions: handing every crosser over contradicts "not forced back", handing none over does not', async () => {
    const notForcedBack = check('not-forced-back', { kind: 'chineseResidentInKorea', outcome: 'repatriated', by: '1962-03-31' }, { atMost: 0.5 });
    const paper = await simulate(scenario(1, [notForcedBack]), { engine: 'compiled' });
    const practice = await simulate(scenario(0, [notForcedBack]), { engine: 'compiled' });
    expect(paper.record![0]!.verdict).toBe('inconsistent');
    expect(paper.record![0]!.model.estimate!).toBeGreaterThan(0.5);
    expect(practice.record![0]!.verdict).toBe('consistent');
  });

  it('a check with nothing to count has no estimate, is undecided, and says why', async () => {
    const r = await simulate(
      scenario(1, [
        check('w90', { kind: 'chineseResidentInKorea', outcome: 'repatriated', within: 90 }, { atMost: 1 }),
        check('none', { kind: 'chineseResidentInKorea', outcome: 'repatriated', cohort: 'crossedBeforeEffectiveDate' }, { atMost: 0.5 }),
      ]),
      { engine: 'compiled' },
    );
    // Every crosser of this run crossed after the effective date: the earlier cohort is empty.
    expect(r.record![1]).toMatchObject({ model: { estimate: null, ci95: null }, verdict: 'undecided' });
    expect(r.record![1]!.note).toBe('no case of chineseResidentInKorea (crossedBeforeEffectiveDate) started, so there is nothing to count');
    expect(r.record![0]!.model.estimate).not.toBeNull();
  });

  it('a cohort check counts only that cohort', async () => {
    const s = loadScenario(
      JSON.stringify({
        name: 'mixed',
        replications: 2,
        population: { chineseResidentInKorea: { count: 600, crossedAfterCableShare: 0.5 } },
        probabilities: { koreaHandsOver: 1, agreesToReturn: 0 },
        readings: { postCableCrossings: 'returnAndPunish' },
        record: [
          check('before', { kind: 'chineseResidentInKorea', outcome: 'repatriated', cohort: 'crossedBeforeEffectiveDate' }, { atMost: 1 }),
          check('after', { kind: 'chineseResidentInKorea', outcome: 'repatriated', cohort: 'crossedAfterEffectiveDate' }, { atMost: 1 }),
        ],
      }),
    );
    const r = await simulate(s, { engine: 'compiled' });
    // Earlier crossers who refuse to return are not repatriated unless clause 3 applies (1b–1c);
    // later ones are handed over (4a): the two cohorts differ sharply.
    expect(r.record![1]!.model.estimate!).toBeGreaterThan(r.record![0]!.model.estimate! + 0.3);
  });
});
