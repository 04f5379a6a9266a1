import { describe, expect, it } from 'vitest';
import { parseShard } from '../../../src/io/parseShard.js';
import { shardFromEnvironment } from '../../../src/io/shardFromEnvironment.js';

describe('shardFromEnvironment', () => {
  it('reads a Kubernetes Indexed Job: JOB_COMPLETION_INDEX is 0-based, the count comes from CABLE1957_SHARD_COUNT', () => {
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: '0', CABLE1957_SHARD_COUNT: '32' })).toEqual({ index: 1, count: 32 });
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: '31', CABLE1957_SHARD_COUNT: '32' })).toEqual({ index: 32, count: 32 });
  });
  it('reads a Slurm array from its first id, whatever it is (--array=1-32, 0-31, 100-131)', () => {
    for (const min of [0, 1, 100]) {
      const env = (id: number) => ({ SLURM_ARRAY_TASK_ID: `${id}`, SLURM_ARRAY_TASK_COUNT: '32', SLURM_ARRAY_TASK_MIN: `${min}`, SLURM_ARRAY_TASK_MAX: `${min + 31}` });
      expect(shardFromEnvironment(env(min))).toEqual({ index: 1, count: 32 });
      expect(shardFromEnvironment(env(min + 31))).toEqual({ index: 32, count: 32 });
    }
  });
  it('prefers the Indexed Job when both are set', () => {
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: '1', CABLE1957_SHARD_COUNT: '2', SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '1', SLURM_ARRAY_TASK_MIN: '1' })).toEqual({ index: 2, count: 2 });
  });
  it.each([
    [{}, 'neither JOB_COMPLETION_INDEX'],
    [{ JOB_COMPLETION_INDEX: 'x', CABLE1957_SHARD_COUNT: '2' }, 'JOB_COMPLETION_INDEX must be an integer ≥ 0; got "x"'],
    [{ JOB_COMPLETION_INDEX: '0', CABLE1957_SHARD_COUNT: '0' }, 'CABLE1957_SHARD_COUNT'],
    [{ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '4' }, 'SLURM_ARRAY_TASK_MIN must be an integer ≥ 0; got nothing'],
    [{ SLURM_ARRAY_TASK_ID: '9', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '4' }, 'gives shard 9/4'],
    [{ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '2', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '3' }, 'the Slurm array 1-3 has 2 tasks, not 3'],
  ])('refuses %j', (env, message) => {
    expect(() => shardFromEnvironment(env)).toThrow(message);
  });
});

describe('parseShard', () => {
  it('takes i/N, or auto from the environment given', () => {
    expect(parseShard('simulate', '3/8', {})).toEqual({ index: 3, count: 8 });
    expect(parseShard('calibrate', 'auto', { JOB_COMPLETION_INDEX: '2', CABLE1957_SHARD_COUNT: '8' })).toEqual({ index: 3, count: 8 });
    expect(() => parseShard('calibrate', '0/8', {})).toThrow('calibrate: --shard must be i/N with 1 <= i <= N <= 100000; got "0/8"');
    expect(() => parseShard('calibrate', 'auto', {})).toThrow('calibrate: --shard auto: neither');
  });
});
