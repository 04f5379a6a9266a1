import { InputError } from '../InputError.js';
import { isSeed, seedRange } from '../random/seedHalves.js';

/**
 * Parses a `--seed` flag by the one seed rule (decimal digits, 0 … 2^53 − 1), or throws an
 * InputError naming the command, the flag and the range.
 */
export function parseSeed(command: string, text: string): number {
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || !isSeed(n)) throw new InputError(`${command}: --seed must be ${seedRange}; got "${text}"`);
  return n;
}
