import { InputError } from '../InputError.js';
import { shardFromEnvironment, type Shard } from './shardFromEnvironment.js';

/**
 * Parses a `--shard` value: `i/N` (1 ≤ i ≤ N ≤ 100000), or `auto`, the shard of this process in
 * a Kubernetes Indexed Job or a Slurm array, read from `env` (shardFromEnvironment).
 */
export function parseShard(command: string, text: string, env: Readonly<Record<string, string | undefined>> = process.env): Shard {
  if (text.trim() === 'auto') {
    try {
      return shardFromEnvironment(env);
    } catch (error) {
      throw new InputError(`${command}: ${(error as Error).message}`);
    }
  }
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || count > 100000 || index < 1 || index > count) {
    throw new InputError(`${command}: --shard must be i/N with 1 <= i <= N <= 100000; got "${text}"`);
  }
  return { index, count };
}
