import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { Draws } from '../../machines/index.js';
import { seedHalves } from './seedHalves.js';

/** A 32-bit integer hash with good avalanche (Chris Wellons' "lowbias32"). */
function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h;
}

function chain(salt: number, parts: readonly number[]): number {
  let h = mix32(salt);
  for (const p of parts) h = mix32(h ^ mix32(p + 0x9e3779b9));
  return h;
}

/**
 * The random stream of one case, derived from (seed, replication, kind, case index) alone:
 * common random numbers — a case sees the same draws whatever ran before it, so two readings or
 * engines can be compared case by case. Two independent 32-bit hash chains seed the 128-bit
 * xoroshiro128+ state, so streams of different cases practically never coincide.
 * The seed (0 … 2^53 − 1) enters as its two 32-bit halves, so seeds that differ only above bit
 * 31 are different keys, not folded together; the high half is chained only when non-zero, which
 * keeps the streams of seeds below 2^32 exactly as they were.
 */
export function caseStream(seed: number, replication: number, kind: number, index: number): Draws {
  const { hi, lo } = seedHalves(seed);
  const parts = hi === 0 ? [lo, replication, kind, index] : [lo, replication, kind, index, hi];
  const a = chain(0x243f6a88, parts);
  const b = chain(0x85a308d3, parts);
  const state = [a, b, mix32(a ^ 0x13198a2e), mix32(b ^ 0x03707344)];
  if (!state.some((w) => w !== 0)) state[0] = 1; // xoroshiro's one forbidden state
  const rng = xoroshiro128plusFromState(state);
  const uniform = () => uniformFloat64(rng);
  return { uniform, bernoulli: (p) => uniform() < p };
}
