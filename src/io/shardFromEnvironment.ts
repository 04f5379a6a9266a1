import { InputError } from '../InputError.js';

/** A shard: the `index`-th (1-based) of `count`. */
export interface Shard {
  /** 1-based. */
  readonly index: number;
  /** How many shards in all. */
  readonly count: number;
}

const integer = (name: string, text: string | undefined, min: number): number => {
  const n = Number(text);
  if (text === undefined || !/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new InputError(`--shard auto: ${name} must be an integer ≥ ${min}; got ${text === undefined ? 'nothing (it is not set)' : JSON.stringify(text)}`);
  }
  return n;
};

/**
 * The shard of this process in a job array, for `--shard auto`. A Kubernetes Indexed Job sets
 * JOB_COMPLETION_INDEX (0-based) but not the count (`.spec.completions`), so the manifest sets
 * CABLE1957_SHARD_COUNT. A Slurm array sets SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT and
 * SLURM_ARRAY_TASK_MIN; ids run from MIN (`--array=1-32` or `0-31`), so the shard is
 * id − MIN + 1 (a stepped or listed array, whose ids are not MIN..MIN+COUNT−1, is refused).
 * JOB_COMPLETION_INDEX wins when both are set. Never consulted without `--shard auto`: an
 * environment variable left set by chance must not quietly make a run partial.
 */
export function shardFromEnvironment(env: Readonly<Record<string, string | undefined>>): Shard {
  let shard: Shard;
  if (env['JOB_COMPLETION_INDEX'] !== undefined) {
    const index = integer('JOB_COMPLETION_INDEX', env['JOB_COMPLETION_INDEX'], 0) + 1;
    const count = integer('CABLE1957_SHARD_COUNT (set it to the Job\'s completions)', env['CABLE1957_SHARD_COUNT'], 1);
    shard = { index, count };
  } else if (env['SLURM_ARRAY_TASK_ID'] !== undefined) {
    const id = integer('SLURM_ARRAY_TASK_ID', env['SLURM_ARRAY_TASK_ID'], 0);
    const count = integer('SLURM_ARRAY_TASK_COUNT', env['SLURM_ARRAY_TASK_COUNT'], 1);
    const min = integer('SLURM_ARRAY_TASK_MIN', env['SLURM_ARRAY_TASK_MIN'], 0);
    const max = env['SLURM_ARRAY_TASK_MAX'] === undefined ? min + count - 1 : integer('SLURM_ARRAY_TASK_MAX', env['SLURM_ARRAY_TASK_MAX'], 0);
    if (max - min + 1 !== count) {
      throw new InputError(`--shard auto: the Slurm array ${min}-${max} has ${count} tasks, not ${max - min + 1}; use a contiguous range such as --array=1-${count}`);
    }
    shard = { index: id - min + 1, count };
  } else {
    throw new InputError('--shard auto: neither JOB_COMPLETION_INDEX (Kubernetes Indexed Job) nor SLURM_ARRAY_TASK_ID (Slurm array) is set');
  }
  if (shard.count > 100000 || shard.index < 1 || shard.index > shard.count) {
    throw new InputError(`--shard auto: the environment gives shard ${shard.index}/${shard.count}; need 1 <= i <= N <= 100000`);
  }
  return shard;
}
