import { InputError } from '../InputError.js';

/** Parses a flag's integer value within bounds, or throws an InputError naming the flag. */
export function parseInteger(command: string, flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new InputError(`${command}: --${flag} must be an integer from ${min} to ${max}; got "${text}"`);
  }
  return n;
}
