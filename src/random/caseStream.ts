import type { Draws } from '../../machines/index.js';

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

const SALT_A = mix32(0x243f6a88);
const SALT_B = mix32(0x85a308d3);
const link = (h: number, p: number) => mix32(h ^ mix32(p + 0x9e3779b9));

/**
 * The random stream of one case, re-keyed in place: `reset(seed, replication, kind, index)`
 * makes it the stream `caseStream` gives for that key, draw for draw, without allocating — the
 * simulation's inner loop keeps one per replication instead of four objects and three closures
 * per case. xoroshiro128+ (as pure-rand 8 implements it, state words in its order) and
 * pure-rand's uniformFloat64 (26 + 27 bits of two outputs), written out so V8 keeps the state in
 * one object's fields: the draws are exactly those of version 0.11.
 */
export class CaseStream implements Draws {
  private s01 = 0;
  private s00 = 0;
  private s11 = 0;
  private s10 = 0;
  // The chains over (seed, replication, kind), the same for every case of a kind: kept for the last key.
  private keySeed = Number.NaN;
  private keyReplication = Number.NaN;
  private keyKind = Number.NaN;
  private prefixA = 0;
  private prefixB = 0;
  private hi = 0;

  /** Keys the stream to one case: (seed, replication, kind, index), as `caseStream`. */
  reset(seed: number, replication: number, kind: number, index: number): this {
    if (seed !== this.keySeed || replication !== this.keyReplication || kind !== this.keyKind) {
      // The seed enters as its two 32-bit halves; the high half is chained only when non-zero,
      // which keeps the streams of seeds below 2^32 as they were.
      this.hi = Math.floor(seed / 2 ** 32);
      const lo = seed >>> 0;
      this.prefixA = link(link(link(SALT_A, lo), replication), kind);
      this.prefixB = link(link(link(SALT_B, lo), replication), kind);
      this.keySeed = seed;
      this.keyReplication = replication;
      this.keyKind = kind;
    }
    const hi = this.hi;
    let a = link(this.prefixA, index);
    let b = link(this.prefixB, index);
    if (hi !== 0) {
      a = link(a, hi);
      b = link(b, hi);
    }
    const c = mix32(a ^ 0x13198a2e);
    const d = mix32(b ^ 0x03707344);
    // Two independent 32-bit hash chains seed the 128-bit state; all-zero is xoroshiro's one forbidden state.
    this.s01 = a === 0 && b === 0 && c === 0 && d === 0 ? 1 : a;
    this.s00 = b;
    this.s11 = c;
    this.s10 = d;
    return this;
  }

  /** The next 32 bits (signed), as pure-rand's `next()`. */
  private next(): number {
    const s00 = this.s00;
    const s01 = this.s01;
    const out = (s00 + this.s10) | 0;
    const a0 = this.s10 ^ s00;
    const a1 = this.s11 ^ s01;
    this.s00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    this.s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    this.s10 = (a1 << 5) ^ (a0 >>> 27);
    this.s11 = (a0 << 5) ^ (a1 >>> 27);
    return out;
  }

  /** A uniform number in [0, 1): a multiple of 2^-53. */
  uniform(): number {
    const v1 = this.next() & 0x3ffffff;
    const v2 = this.next() & 0x7ffffff;
    return v1 * 1.4901161193847656e-8 + v2 * 1.1102230246251565e-16;
  }

  /** True with probability `p`. */
  bernoulli(p: number): boolean {
    return this.uniform() < p;
  }
}

/**
 * The random stream of one case, derived from (seed, replication, kind, case index) alone:
 * common random numbers — a case sees the same draws whatever ran before it, so two readings or
 * engines can be compared case by case. Two independent 32-bit hash chains seed the 128-bit
 * xoroshiro128+ state, so streams of different cases practically never coincide.
 * The seed (0 … 2^53 − 1) enters as its two 32-bit halves, so seeds that differ only above bit
 * 31 are different keys, not folded together; the high half is chained only when non-zero, which
 * keeps the streams of seeds below 2^32 exactly as they were. A fresh object whose functions may
 * be taken apart (`const { uniform } = caseStream(…)`); the inner loop re-keys a `CaseStream`.
 */
export function caseStream(seed: number, replication: number, kind: number, index: number): Draws {
  const s = new CaseStream().reset(seed, replication, kind, index);
  return { uniform: () => s.uniform(), bernoulli: (p) => s.uniform() < p };
}
