import { describe, expect, it } from 'vitest';
import { effectiveDateOf } from '../../../machines/index.js';
import { sampleTraces } from '../../../src/case/sampleTraces.js';

const sample = (seed?: number) => JSON.stringify([...sampleTraces({ perKind: 2, ...(seed === undefined ? {} : { seed }) })]);

describe('sampleTraces (the one seed rule)', () => {
  it('takes every bit of the seed: s and s + 2^32 give different samples', () => {
    expect(sample(0)).not.toBe(sample(2 ** 32));
    expect(sample(1957)).not.toBe(sample(1957 + 2 ** 32));
    expect(sample(2 ** 53 - 1)).not.toBe(sample(2 ** 32 - 1));
  });
  it('is deterministic, and 1957 is the default', () => {
    expect(sample(1957)).toBe(sample());
    expect(sample(2 ** 40)).toBe(sample(2 ** 40));
  });
  it('noreg: seeds below 2^32 keep the sample they had before the rule (pure-rand xoroshiro128plus(seed))', () => {
    const [first] = sampleTraces({ seed: 1957, perKind: 1 });
    expect(first).toMatchObject({ kind: 'chineseResidentInKorea', input: { crossedOn: expect.any(String) } });
    expect([first!.input, first!.steps.map((s) => s.event)]).toMatchInlineSnapshot(`
      [
        {
          "caseId": "chineseResidentInKorea-1",
          "crimeWhere": "home",
          "crossedOn": "1958-07-25",
          "hasCrimeOrPendingCase": false,
        },
        [
          "authorities.screen",
          "korea.handsOver",
        ],
      ]
    `);
  });
  it.each([-1, 1.5, 2 ** 53, Number.NaN])('refuses the seed %s, naming the range', (seed) => {
    expect(() => [...sampleTraces({ seed })]).toThrow('must be an integer from 0 to 9007199254740991 (2^53 − 1)');
  });
});

describe('sampleTraces › the effective date (design §6.10)', () => {
  it('dates no step before the effective date of its traces\u2019 readings, whatever the seed (its facts may be earlier)', () => {
    let earlierFacts = 0;
    for (let seed = 0; seed < 40; seed++) {
      for (const t of sampleTraces({ seed })) {
        const effective = effectiveDateOf(t.readings);
        expect(t.start.slice(0, 10) >= effective, `seed ${seed}: ${t.caseId} starts ${t.start}`).toBe(true);
        for (const s of t.steps) expect(s.time.slice(0, 10) >= effective, `seed ${seed}: ${t.caseId} step ${s.index} at ${s.time}`).toBe(true);
        if (Object.values(t.input).some((v) => typeof v === 'string' && /^\d{4}-/.test(v) && v < effective)) earlierFacts++;
      }
    }
    // Not vacuous: the sample keeps crossings from before the cable (clause 1's "already"), handled from its date.
    expect(earlierFacts).toBeGreaterThan(50);
  });
});

describe('sampleTraces › facts', () => {
  it('draws a closed-set fact (crimeWhere) from its values only, both of them', () => {
    const seen = new Set<unknown>();
    for (let seed = 0; seed < 20; seed++) for (const t of sampleTraces({ seed, kinds: ['koreanCitizenInChina'] })) seen.add(t.input['crimeWhere']);
    expect([...seen].sort()).toEqual(['home', 'host']);
  });
});
