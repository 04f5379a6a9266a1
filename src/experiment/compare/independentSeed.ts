/** 2^53: seeds run from 0 to 2^53 − 1. */
const SEEDS = 2 ** 53;

/**
 * The seed of the independent rerun that measures what pairing saves: seed + 2654435769 (⌊2^32/φ⌋)
 * modulo 2^53. Any other seed keys every case's stream differently (caseStream hashes the seed
 * with the case's key), so the rerun shares no draws with the paired arms. Pure.
 */
export function independentSeed(seed: number): number {
  return (seed + 2654435769) % SEEDS;
}
