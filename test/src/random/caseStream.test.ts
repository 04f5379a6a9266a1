import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseStream, CaseStream } from '../../../src/random/caseStream.js';
import { sampleDays } from '../../../src/random/sampleDays.js';

const first = (seed: number, rep: number, kind: number, index: number, n = 4) => {
  const d = caseStream(seed, rep, kind, index);
  return Array.from({ length: n }, () => d.uniform());
};

type Stream = typeof caseStream;
const firstOf = (stream: Stream, seed: number, rep: number, kind: number, index: number) => {
  const d = stream(seed, rep, kind, index);
  return [d.uniform(), d.uniform(), d.uniform()];
};

/** Law: a stream depends only on its key, whatever streams were made before. */
const keyedOnly = (stream: Stream) =>
  fc.property(fc.integer(), fc.nat(100), fc.nat(5), fc.nat(1e6), (s, r, k, i) => {
    const a = firstOf(stream, s, r, k, i);
    firstOf(stream, s + 1, r, k, i + 1); // other streams in between change nothing
    expect(firstOf(stream, s, r, k, i)).toEqual(a);
  });

/** Law: any change of the key gives other draws. */
const distinct = (stream: Stream) =>
  fc.property(fc.integer(), fc.nat(100), fc.nat(5), fc.nat(1e6), fc.constantFrom(0, 1, 2, 3), (s, r, k, i, which) => {
    const key = [s, r, k, i] as [number, number, number, number];
    key[which]! += 1;
    expect(firstOf(stream, ...key)).not.toEqual(firstOf(stream, s, r, k, i));
  });

/** Pairs of distinct seeds in 0 … 2^53 − 1: any two, and two that share the low 32 bits (where folding hides). */
const seedPairs = fc.oneof(
  fc.tuple(fc.maxSafeNat(), fc.maxSafeNat()).filter(([a, b]) => a !== b),
  fc
    .tuple(fc.nat({ max: 2 ** 32 - 1 }), fc.nat({ max: 2 ** 21 - 1 }), fc.nat({ max: 2 ** 21 - 1 }))
    .filter(([, a, b]) => a !== b)
    .map(([lo, a, b]) => [a * 2 ** 32 + lo, b * 2 ** 32 + lo] as const),
);

/** Law: two different accepted seeds never give the same stream. */
const everySeedBit = (stream: Stream) =>
  fc.property(seedPairs, fc.nat(100), fc.nat(5), fc.nat(1e6), ([s, t], r, k, i) => {
    expect(firstOf(stream, s, r, k, i)).not.toEqual(firstOf(stream, t, r, k, i));
  });

describe('caseStream (common random numbers)', () => {
  it('takes every bit of the seed: seeds s and s + 2^32 give different first draws', () => {
    expect(first(1957 + 2 ** 32, 0, 0, 0)).not.toEqual(first(1957, 0, 0, 0));
    expect(first(2 ** 53 - 1, 0, 0, 0)).not.toEqual(first(2 ** 32 - 1, 0, 0, 0));
  });
  it('gives different streams for any two different seeds in 0 … 2^53 − 1', () => fc.assert(everySeedBit(caseStream)));
  it('catches a stream that folds the seed to 32 bits', () => {
    const folding: Stream = (seed, rep, kind, index) => caseStream(seed >>> 0, rep, kind, index);
    expect(fc.check(everySeedBit(folding)).failed).toBe(true);
  });
  it('depends only on (seed, replication, kind, index): same key, same draws, whatever ran before', () => fc.assert(keyedOnly(caseStream)));
  it('catches a stream with hidden state (a counter shared across streams)', () => {
    let made = 0;
    const leaky: Stream = (seed, rep, kind, index) => caseStream(seed, rep, kind, index + made++);
    expect(fc.check(keyedOnly(leaky)).failed).toBe(true);
  });
  it('differs for any change of the key', () => fc.assert(distinct(caseStream)));
  it('catches a stream that forgets the replication', () => {
    const forgetful: Stream = (seed, _rep, kind, index) => caseStream(seed, 0, kind, index);
    expect(fc.check(distinct(forgetful)).failed).toBe(true);
  });
  it('gives uniforms in [0, 1) with the right mean', () => {
    const d = caseStream(1957, 0, 0, 0);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = d.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
  it('noreg: pins the first draws of a seed above 2^32 (its high half joins the key)', () => {
    expect(first(1957 + 2 ** 32, 0, 0, 0).map((u) => u.toFixed(12))).toMatchInlineSnapshot(`
      [
        "0.907338648983",
        "0.349882882347",
        "0.472457002085",
        "0.043747644950",
      ]
    `);
  });
  it('noreg: pins the first draws of seed 1957, so an accidental change of the streams shows', () => {
    expect(first(1957, 0, 0, 0).map((u) => u.toFixed(12))).toMatchInlineSnapshot(`
      [
        "0.729057732718",
        "0.656668210857",
        "0.578063625901",
        "0.857131966566",
      ]
    `);
    expect(first(1957, 19, 2, 599).map((u) => u.toFixed(12))).toMatchInlineSnapshot(`
      [
        "0.025590901401",
        "0.944835245322",
        "0.939147975151",
        "0.064410864930",
      ]
    `);
  });
});

/** Sequences of keys as a run visits them: a few seeds (over all 53 bits) and replications, any kinds and indices. */
const keySequences = fc
  .tuple(fc.tuple(fc.maxSafeNat(), fc.maxSafeNat()), fc.tuple(fc.nat(100), fc.nat(100)))
  .chain(([seeds, reps]) =>
    fc.array(
      fc.tuple(fc.constantFrom(...seeds), fc.constantFrom(...reps), fc.nat(5), fc.nat(1e6)),
      { minLength: 1, maxLength: 8 },
    ),
  );

/**
 * Law: a CaseStream re-keyed in place gives, for any key, exactly `caseStream`'s draws, whatever
 * it was keyed to before (the inner loop re-keys one stream from case to case, kind to kind).
 */
const sameAsCaseStream = (make: () => CaseStream) =>
  fc.property(keySequences, (sequence) => {
    const stream = make();
    for (const [s, r, k, i] of sequence) {
      stream.reset(s, r, k, i);
      const fresh = caseStream(s, r, k, i);
      for (let n = 0; n < 6; n++) expect(stream.uniform()).toBe(fresh.uniform());
      expect(stream.bernoulli(0.5)).toBe(fresh.bernoulli(0.5));
    }
  });

describe('CaseStream (one stream re-keyed per case)', () => {
  it('gives caseStream\u2019s draws for every key, whatever it was keyed to before', () => fc.assert(sameAsCaseStream(() => new CaseStream()), { numRuns: 500 }));
  it('catches a stream that keeps its (seed, replication, kind) chains when only the kind changes', () => {
    class Stale extends CaseStream {
      private last: [number, number] | undefined;
      override reset(seed: number, replication: number, kind: number, index: number): this {
        // Re-keys as if the kind were the one seen first for this seed and replication.
        if (this.last?.[0] !== seed + replication) this.last = [seed + replication, kind];
        return super.reset(seed, replication, this.last[1], index);
      }
    }
    const details = fc.check(sameAsCaseStream(() => new Stale()), { numRuns: 500 });
    expect(details.failed).toBe(true);
  });
  it('noreg: the draws of version 0.11 (pure-rand\u2019s xoroshiro128+ and uniformFloat64), exactly', () => {
    const d = new CaseStream().reset(1957, 3, 1, 42);
    expect([d.uniform(), d.uniform(), d.uniform()]).toEqual([0.25325087719488804, 0.07478184842763402, 0.13129766219464623]);
    const e = new CaseStream().reset(2 ** 40 + 7, 0, 2, 0);
    expect([e.uniform(), e.uniform()]).toEqual([0.02622727410240877, 0.8661668427968382]);
  });
});

describe('sampleDays', () => {
  const draws = () => caseStream(7, 0, 0, 0);
  it('matches each distribution\u2019s median and mean', () => {
    const n = 40_000;
    const sample = (d: Parameters<typeof sampleDays>[0]) => {
      const s = draws();
      return Array.from({ length: n }, () => sampleDays(d, s)).sort((a, b) => a - b);
    };
    const logn = sample({ dist: 'lognormal', median: 30, p90: 90 });
    expect(logn[n / 2]!).toBeGreaterThan(29);
    expect(logn[n / 2]!).toBeLessThan(31);
    expect(logn[n * 0.9]!).toBeGreaterThan(86);
    expect(logn[n * 0.9]!).toBeLessThan(94);
    const exp = sample({ dist: 'exponential', mean: 7 });
    expect(exp.reduce((a, b) => a + b, 0) / n).toBeCloseTo(7, 0);
    const uni = sample({ dist: 'uniform', min: 2, max: 4 });
    expect(uni[0]!).toBeGreaterThanOrEqual(2);
    expect(uni[n - 1]!).toBeLessThan(4);
    expect(sample({ dist: 'fixed', days: 3 }).every((x) => x === 3)).toBe(true);
  });
  it('always takes two uniforms, whatever the distribution', () => {
    for (const d of [{ dist: 'fixed', days: 1 }, { dist: 'exponential', mean: 1 }, { dist: 'lognormal', median: 1, p90: 2 }, { dist: 'uniform', min: 0, max: 1 }] as const) {
      const a = draws();
      sampleDays(d, a);
      const b = draws();
      b.uniform();
      b.uniform();
      expect(a.uniform()).toBe(b.uniform());
    }
  });
});
