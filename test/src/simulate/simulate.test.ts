import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { behaviourDrivers, type Draws, type FactContext } from '../../../machines/index.js';
import { planSimulation } from '../../../src/engine/SimulationPlan.js';
import { caseStream } from '../../../src/random/caseStream.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';
import type { Scenario } from '../../../src/scenario/Scenario.js';
import { mergeResults } from '../../../src/simulate/mergeResults.js';
import { simulate, simulatePartial } from '../../../src/simulate/simulate.js';

const small = (over: Partial<Scenario> = {}): Scenario => {
  const b = baselineScenario();
  return {
    ...b,
    // Not the baseline's people: the baseline's record checks do not speak of them (as the loader
    // gives a scenario of another name none of them).
    record: [],
    calibrate: {},
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

  /** Law: the shards of a run, merged in any order, give exactly the unsharded result. */
  const shardsMerge = (s: Scenario, whole: string, shard: (s: Scenario, index: number, count: number) => ReturnType<typeof simulatePartial>) =>
    fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.boolean(), async (count, reverse) => {
      const parts = await Promise.all(Array.from({ length: count }, (_, i) => shard(s, i + 1, count)));
      expect(JSON.stringify(mergeResults(reverse ? parts.reverse() : parts))).toBe(whole);
    });
  it('merged shards give exactly the unsharded result, for any number of shards in any order', async () => {
    const s = small();
    await fc.assert(shardsMerge(s, await json(s), (x, index, count) => simulatePartial(x, { shard: { index, count } })), { numRuns: 8 });
  });
  it('catches sharding with an off-by-one (the last shard repeats the first)', async () => {
    const s = small();
    const offByOne = (x: Scenario, index: number, count: number) => simulatePartial(x, { shard: { index: index === count && count > 1 ? 1 : index, count } });
    expect((await fc.check(shardsMerge(s, await json(s), offByOne), { numRuns: 20 })).failed).toBe(true);
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

  /** Law: a case's facts do not depend on the reading (common random numbers). */
  const sameFacts = (plans: ReturnType<typeof planSimulation>[]) =>
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
      });
  it('draws the same facts for a case under any reading (common random numbers)', () => {
    fc.assert(sameFacts([planSimulation(small()), planSimulation(small({ readings: { ...small().readings, postCableCrossings: 'sameAsEarlierCrossers' } }))]));
  });
  it('catches a driver whose draws depend on what ran before', () => {
    let calls = 0;
    const drivers = {
      ...behaviourDrivers,
      chineseResidentInKorea: { ...behaviourDrivers.chineseResidentInKorea, drawCase: (d: Draws, c: FactContext) => (calls++ % 2 ? d.uniform() : 0, behaviourDrivers.chineseResidentInKorea.drawCase(d, c)) },
    };
    expect(fc.check(sameFacts([planSimulation(small(), drivers), planSimulation(small(), drivers)])).failed).toBe(true);
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
