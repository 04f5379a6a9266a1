import { describe, expect, it } from 'vitest';
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
