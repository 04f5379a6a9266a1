import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSimulation } from '../../../src/engine/SimulationPlan.js';
import { caseStream } from '../../../src/population/caseStream.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';
import type { Scenario } from '../../../src/scenario/Scenario.js';
import { mergeResults } from '../../../src/simulate/mergeResults.js';
import { simulate, simulatePartial } from '../../../src/simulate/simulate.js';

const small = (over: Partial<Scenario> = {}): Scenario => {
  const b = baselineScenario();
  return {
    ...b,
    replications: 6,
    population: {
      chineseResidentInKorea: { count: 120, crossedAfterCableShare: 0.2 },
      koreanCitizenInChina: { count: 60, crossedAfterCableShare: 0.2 },
      emigrationApplication: { count: 60, submittedWithinDays: 365 },
    },
    probabilities: { ...b.probabilities, crimeEstablishedLater: 0.1 },
    ...over,
  };
};
const json = async (s: Scenario) => JSON.stringify(await simulate(s));

describe('simulate', () => {
  it('gives the contract JSON: scenario, seed, replications, engine, outcomes, timeToOutcomeDays, paths', async () => {
    const r = await simulate(small());
    expect(Object.keys(r)).toEqual(['scenario', 'seed', 'replications', 'engine', 'outcomes', 'timeToOutcomeDays', 'paths']);
    expect(r).toMatchObject({ seed: 1957, replications: 6, engine: 'compiled' });
    const crk = r.outcomes['chineseResidentInKorea']!;
    expect(Object.keys(crk).slice(0, 3)).toEqual(['repatriated', 'passportIssued', 'citizenshipRenounced']);
    expect(Object.values(crk).reduce((a, o) => a + o.count, 0)).toBe(120 * 6);
    for (const o of Object.values(crk)) {
      expect(o.share).toBeCloseTo(o.count / 720, 6);
      expect(o.ci95[0]).toBeLessThanOrEqual(o.share);
      expect(o.ci95[1]).toBeGreaterThanOrEqual(o.share);
    }
    expect(r.paths['chineseResidentInKorea']![0]).toMatchObject({ path: expect.stringMatching(/^detected>/) });
    const t = r.timeToOutcomeDays['chineseResidentInKorea']!['repatriated']!;
    expect(t.median).toBeLessThanOrEqual(t.p90);
  });

  it('is deterministic: the same scenario and seed give byte-identical JSON; another seed differs', async () => {
    const s = small();
    expect(await json(s)).toBe(await json(s));
    expect(await json({ ...s, seed: 1958 })).not.toBe(await json(s));
  });

  it('merged shards give exactly the unsharded result, for any number of shards in any order', async () => {
    const s = small();
    const whole = await json(s);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.boolean(), async (count, reverse) => {
        const parts = await Promise.all(Array.from({ length: count }, (_, i) => simulatePartial(s, { shard: { index: i + 1, count } })));
        expect(JSON.stringify(mergeResults(reverse ? parts.reverse() : parts))).toBe(whole);
      }),
      { numRuns: 8 },
    );
  });

  it('refuses partials that overlap, miss replications, or come from another run', async () => {
    const s = small();
    const [a, b] = await Promise.all([simulatePartial(s, { shard: { index: 1, count: 2 } }), simulatePartial(s, { shard: { index: 2, count: 2 } })]);
    expect(() => mergeResults([a])).toThrow('merge: replications missing: 1, 3, 5');
    expect(() => mergeResults([a, a, b], ['a.json', 'a2.json', 'b.json'])).toThrow('a2.json: replication 0 is in more than one partial');
    const other = await simulatePartial({ ...s, seed: 2 }, { shard: { index: 2, count: 2 } });
    expect(() => mergeResults([a, other], ['a.json', 'other.json'])).toThrow('other.json: a different scenario (or seed, or replications) from a.json');
    expect(() => mergeResults([{ ...a, format: 'x' } as never], ['x.json'])).toThrow('x.json: not a cable1957 partial result');
  });

  it('draws the same facts for a case under any reading (common random numbers)', () => {
    const plans = [planSimulation(small()), planSimulation(small({ readings: { ...small().readings, postCableCrossings: 'sameAsEarlierCrossers' } }))];
    fc.assert(
      fc.property(fc.nat(2), fc.nat(5000), fc.nat(20), (kind, index, rep) => {
        const facts = plans.map((p) => {
          const k = p.kinds[kind]!;
          return k.driver.drawCase(caseStream(1957, rep, kind, index), {
            caseId: 'x',
            probabilities: p.scenario.probabilities as never,
            population: k.population,
            startDate: p.scenario.startDate,
            horizonDays: p.scenario.horizonDays,
          });
        });
        expect(facts[1]).toEqual(facts[0]);
      }),
    );
  });

  it('keeps memory flat: a replication\u2019s tallies do not grow with the number of cases', async () => {
    const size = async (count: number) =>
      JSON.stringify(
        await simulatePartial(
          small({ replications: 1, population: { chineseResidentInKorea: { count, crossedAfterCableShare: 0.2 }, koreanCitizenInChina: { count: 0, crossedAfterCableShare: 0 }, emigrationApplication: { count: 0, submittedWithinDays: 1 } } }),
        ),
      ).length;
    expect(await size(20_000)).toBeLessThan(3 * (await size(2_000)));
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(simulatePartial(small(), { signal: controller.signal })).rejects.toThrow('stop');
  });
});

describe('simulate with worker threads (the built package)', () => {
  const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'simulate', '--format', 'json', '--replications', '6', ...args], { encoding: 'utf8' });
  it('gives byte-identical JSON for 1, 2 and 3 workers', () => {
    const one = run('--workers', '1');
    expect(one.status).toBe(0);
    expect(run('--workers', '2').stdout).toBe(one.stdout);
    expect(run('--workers', '3').stdout).toBe(one.stdout);
  });
});
