/** The largest seed: every seed is an integer from 0 to 2^53 − 1 (Number.MAX_SAFE_INTEGER). */
export const maxSeed = Number.MAX_SAFE_INTEGER;

/** The one seed rule, in words, for messages and help: every seed-taking input uses it. */
export const seedRange = `an integer from 0 to ${maxSeed} (2^53 − 1)`;

/** True for an accepted seed: an integer from 0 to 2^53 − 1. */
export function isSeed(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * A seed as its high and low 32-bit halves, so random streams can take all 53 bits without
 * folding: seeds that differ only above bit 31 must still give different streams.
 */
export function seedHalves(seed: number): { readonly hi: number; readonly lo: number } {
  return { hi: Math.floor(seed / 2 ** 32), lo: seed >>> 0 };
}
