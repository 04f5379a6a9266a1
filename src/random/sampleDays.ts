import type { Draws } from '../../machines/index.js';
import type { Distribution } from '../scenario/Scenario.js';

const Z90 = 1.2815515655446004; // the standard normal's 0.9 quantile

/**
 * Draws a duration in days. Always takes exactly two uniforms, whatever the distribution, so
 * that the draws of later steps line up across scenarios (common random numbers).
 */
export function sampleDays(d: Distribution, draws: Draws): number {
  const u1 = draws.uniform();
  const u2 = draws.uniform();
  switch (d.dist) {
    case 'fixed':
      return d.days;
    case 'uniform':
      return d.min + (d.max - d.min) * u1;
    case 'exponential':
      return -d.mean * Math.log1p(-u1);
    case 'lognormal': {
      // Box–Muller: a standard normal from two uniforms; 1 − u1 avoids log(0).
      const z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
      const mu = Math.log(d.median);
      return Math.exp(mu + ((Math.log(d.p90) - mu) / Z90) * z);
    }
  }
}
