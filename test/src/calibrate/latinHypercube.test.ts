import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latinHypercube } from '../../../src/calibrate/latinHypercube.js';
import { expectToFail } from '../../laws/expectToFail.js';

/** The Latin hypercube law: in every dimension, each of the N strata [i/N, (i+1)/N) holds exactly one point. */
function isLatinHypercube(design: readonly (readonly number[])[], points: number, dims: number): boolean {
  if (design.length !== points) return false;
  for (let d = 0; d < dims; d++) {
    const strata = new Set<number>();
    for (const point of design) {
      const x = point[d]!;
      if (!(x >= 0 && x < 1)) return false;
      strata.add(Math.floor(x * points));
    }
    if (strata.size !== points) return false;
  }
  return true;
}

const args = fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));

describe('latinHypercube', () => {
  it('puts exactly one point in each stratum of every dimension, in [0, 1)', () => {
    fc.assert(fc.property(args, ([points, dims, seed]) => isLatinHypercube(latinHypercube(points, dims, seed), points, dims)), { numRuns: 300 });
  });

  it('meta: the law catches a design of plain uniform draws (no strata)', () => {
    const uniform = (points: number, dims: number, seed: number) => {
      let x = seed % 2147483647 || 1;
      const next = () => ((x = (x * 48271) % 2147483647) - 1) / 2147483646;
      return Array.from({ length: points }, () => Array.from({ length: dims }, next));
    };
    expectToFail(fc.property(args, ([points, dims, seed]) => isLatinHypercube(uniform(points, dims, seed), points, dims)));
  });

  it('is deterministic for a seed, and another seed gives another design', () => {
    expect(latinHypercube(50, 3, 1957)).toEqual(latinHypercube(50, 3, 1957));
    expect(latinHypercube(50, 3, 1957)).not.toEqual(latinHypercube(50, 3, 1958));
    // Seeds that differ only above bit 31 are different seeds.
    expect(latinHypercube(50, 3, 2 ** 40 + 1)).not.toEqual(latinHypercube(50, 3, 1));
  });

  it('pins the seeded stream (an accidental change of the design shows here)', () => {
    const design = latinHypercube(4, 2, 1957).map((p) => p.map((x) => Number(x.toFixed(6))));
    expect(design).toMatchInlineSnapshot(`
      [
        [
          0.763324,
          0.028668,
        ],
        [
          0.232378,
          0.668261,
        ],
        [
          0.626287,
          0.961909,
        ],
        [
          0.28256,
          0.273449,
        ],
      ]
    `);
  });

  it('shuffles strata independently per dimension (dimensions are not all in the same order)', () => {
    const design = latinHypercube(200, 2, 7);
    const order = (d: number) => design.map((p, i) => [p[d]!, i] as const).sort((a, b) => a[0] - b[0]).map(([, i]) => i);
    expect(order(0)).not.toEqual(order(1));
  });

  it('refuses a design of no points', () => {
    expect(() => latinHypercube(0, 2, 1)).toThrow(RangeError);
  });
});
