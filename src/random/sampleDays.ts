import type { Draws } from '../../machines/index.js';
import type { Distribution } from '../scenario/Scenario.js';

const Z90 = 1.2815515655446004; // the standard normal's 0.9 quantile

/** Distribution codes of a `DurationSampler`. */
const FIXED = 0;
const UNIFORM = 1;
const EXPONENTIAL = 2;
const LOGNORMAL = 3;

/**
 * A duration distribution made ready for the inner loop: a code and two numbers (fixed: days;
 * uniform: min, width; exponential: mean; lognormal: mu and sigma of the logarithm), so that a
 * draw computes no logarithm of the parameters again.
 */
export interface DurationSampler {
  /** 0 fixed, 1 uniform, 2 exponential, 3 lognormal. */
  readonly code: number;
  /** Fixed days, uniform minimum, exponential mean or lognormal mu. */
  readonly a: number;
  /** Uniform width or lognormal sigma (0 otherwise). */
  readonly b: number;
}

const samplers = new WeakMap<Distribution, DurationSampler>();

/**
 * A distribution's sampler, made once per distribution object. The parameters are computed by
 * the same operations in the same order as a draw used to compute them, so draws are
 * bit-identical (`mu + sigma * z` where sigma is `(log p90 − mu) / Z90`).
 */
export function durationSampler(d: Distribution): DurationSampler {
  let s = samplers.get(d);
  if (!s) {
    switch (d.dist) {
      case 'fixed':
        s = { code: FIXED, a: d.days, b: 0 };
        break;
      case 'uniform':
        s = { code: UNIFORM, a: d.min, b: d.max - d.min };
        break;
      case 'exponential':
        s = { code: EXPONENTIAL, a: d.mean, b: 0 };
        break;
      case 'lognormal': {
        const mu = Math.log(d.median);
        s = { code: LOGNORMAL, a: mu, b: (Math.log(d.p90) - mu) / Z90 };
        break;
      }
    }
    samplers.set(d, s);
  }
  return s;
}

/** Draws a duration in days from a sampler: always exactly two uniforms (see `sampleDays`). */
export function sampleWith(s: DurationSampler, draws: Draws): number {
  const u1 = draws.uniform();
  const u2 = draws.uniform();
  switch (s.code) {
    case FIXED:
      return s.a;
    case UNIFORM:
      return s.a + s.b * u1;
    case EXPONENTIAL:
      return -s.a * Math.log1p(-u1);
    default: {
      // Box–Muller: a standard normal from two uniforms; 1 − u1 avoids log(0).
      const z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
      return Math.exp(s.a + s.b * z);
    }
  }
}

/**
 * Draws a duration in days. Always takes exactly two uniforms, whatever the distribution, so
 * that the draws of later steps line up across scenarios (common random numbers).
 */
export function sampleDays(d: Distribution, draws: Draws): number {
  return sampleWith(durationSampler(d), draws);
}
