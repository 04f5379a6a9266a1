import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureReduction, type MeasuredVariances } from '../../../../src/experiment/compare/measureReduction.js';
import { expectToFail } from '../../../laws/expectToFail.js';

type Values = readonly (number | undefined)[];
type Measure = (a: Values, b: Values, bIndependent: Values) => MeasuredVariances | null;

/** The sample variance by its definition: Σ(x − x̄)² / (n − 1). */
function variance(xs: readonly number[]): number {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
}

/** The definition, written out: keep the replications where all three runs have a value; both variances over those. */
function definition(a: Values, b: Values, bIndependent: Values): MeasuredVariances | null {
  const kept = a.map((_, r) => r).filter((r) => a[r] !== undefined && b[r] !== undefined && bIndependent[r] !== undefined);
  if (kept.length < 2) return null;
  return { paired: variance(kept.map((r) => b[r]! - a[r]!)), independent: variance(kept.map((r) => bIndependent[r]! - a[r]!)), replications: kept.length };
}

/** Per replication, a statistic of each of the three runs (a median in days), sometimes missing (no case reached the outcome). */
const runs = fc.integer({ min: 2, max: 8 }).chain((n) => {
  const values = fc.array(fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined, freq: 4 }), { minLength: n, maxLength: n });
  return fc.record({ a: values, b: values, bIndependent: values });
});

const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));

/** The law: what is reported is the definition, measured from the three runs. */
const isMeasured = (measure: Measure) =>
  fc.property(runs, ({ a, b, bIndependent }) => {
    const got = measure(a, b, bIndependent);
    const want = definition(a, b, bIndependent);
    if (want === null) return got === null;
    return got !== null && got.replications === want.replications && close(got.paired, want.paired) && close(got.independent, want.independent);
  });

describe('measureReduction', () => {
  it('is the definition: var(B(independent) − A) and var(B − A) over the replications where all three runs have a value', () => {
    fc.assert(isMeasured(measureReduction), { numRuns: 500 });
  });

  it('a small case by hand: d = 2, −2, 5 paired; 30, −25, −5 independent; the fourth replication has no B(independent)', () => {
    const v = measureReduction([10, 30, 20, 50], [12, 28, 25, 55], [40, 5, 15, undefined])!;
    expect(v.replications).toBe(3);
    expect(v.paired).toBeCloseTo(37 / 3, 9); // mean 5/3; Σ(d − 5/3)² = (1 + 121 + 100) / 9 = 74/3, over 2
    expect(v.independent).toBeCloseTo(775, 9); // mean 0; (900 + 625 + 25) / 2
    expect(v.independent / v.paired).toBeCloseTo(62.84, 2);
  });

  it('meta: the law catches a reduction assumed from independence (var A + var B) instead of measured', () => {
    const assumed: Measure = (a, b, bIndependent) => {
      const m = measureReduction(a, b, bIndependent);
      if (!m) return null;
      const kept = a.map((_, r) => r).filter((r) => a[r] !== undefined && b[r] !== undefined && bIndependent[r] !== undefined);
      return { ...m, independent: variance(kept.map((r) => a[r]!)) + variance(kept.map((r) => b[r]!)) };
    };
    expectToFail(isMeasured(assumed));
  });

  it('meta: the law catches variances taken over different replications (paired where A and B are, independent where A and B(independent) are)', () => {
    const mismatched: Measure = (a, b, bIndependent) => {
      const over = (x: Values) => a.flatMap((y, r) => (y !== undefined && x[r] !== undefined ? [x[r]! - y] : []));
      const [paired, independent] = [over(b), over(bIndependent)];
      if (paired.length < 2 || independent.length < 2) return null;
      return { paired: variance(paired), independent: variance(independent), replications: Math.min(paired.length, independent.length) };
    };
    expectToFail(isMeasured(mismatched));
  });
});
