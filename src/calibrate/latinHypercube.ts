import { caseStream } from '../random/caseStream.js';

// Why a Latin hypercube and not Sobol: no well-kept Sobol (or other low-discrepancy) package was
// found in the registry index this project may install from, and a Latin hypercube needs only a
// seeded uniform stream (pure-rand's, through caseStream) and a shuffle. It stratifies every
// dimension on its own (McKay, Beckman & Conover 1979), which is what a posterior range per
// assumption needs; it does not promise Sobol's even coverage of joint corners.

/**
 * The design's random stream: caseStream's keyed pure-rand stream under a key no case has (no
 * replication or kind is numbered −1), so the design never shares draws with a simulated case.
 */
const designStream = (seed: number) => caseStream(seed, -1, -1, 0);

/**
 * A seeded Latin hypercube design: `points` points in [0, 1)^`dims`. In every dimension each of
 * the `points` equal strata [i/points, (i+1)/points) holds exactly one point (a random permutation
 * of the strata per dimension, a uniform jitter within the stratum). Pure: the same seed gives the
 * same design.
 */
export function latinHypercube(points: number, dims: number, seed: number): number[][] {
  if (!(Number.isInteger(points) && points >= 1 && Number.isInteger(dims) && dims >= 0)) {
    throw new RangeError(`latinHypercube needs points ≥ 1 and dims ≥ 0 (integers); got ${points}, ${dims}`);
  }
  const { uniform } = designStream(seed);
  const design = Array.from({ length: points }, () => new Array<number>(dims).fill(0));
  // The largest double below 1: (stratum + jitter) / points can round up to 1 for the top stratum.
  const belowOne = 1 - 2 ** -53;
  for (let d = 0; d < dims; d++) {
    const strata = Array.from({ length: points }, (_, i) => i);
    // Fisher–Yates, from the top.
    for (let i = points - 1; i > 0; i--) {
      const j = Math.floor(uniform() * (i + 1));
      [strata[i], strata[j]] = [strata[j]!, strata[i]!];
    }
    for (let p = 0; p < points; p++) design[p]![d] = Math.min((strata[p]! + uniform()) / points, belowOne);
  }
  return design;
}
