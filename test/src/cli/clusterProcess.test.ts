import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cliInTempDir } from '../../support/cliInTempDir.js';
import { cleanEnv, jobArrays, runInArray } from '../../support/jobArrays.js';
import { cliPath } from '../../support/spawnCli.js';

// Scale-out (issue 14, item 4): shards started as parallel processes with a job array's variables
// set, as Kubernetes and Slurm set them, then merged, give the bytes of one run.
const { dir, cli } = cliInTempDir('cable1957-cluster-');

/** Runs the CLI in `dir` with extra environment variables; resolves to exit code and stderr. */
const run = (args: string[], env: Record<string, string>) => runInArray(dir, args, env);
const bytes = (file: string) => readFileSync(join(dir, file));
const untimed = (file: string) => JSON.stringify({ ...JSON.parse(readFileSync(join(dir, file), 'utf8')), timing: null });

const arrays = jobArrays;

describe('simulate --shard auto in a job array (process)', () => {
  const SIM = ['simulate', '--scenario', 'exodus1961', '--replications', '10', '--quiet'];
  it.each(Object.entries(arrays))('%s: the shards, run in parallel and merged, give the bytes of one run', async (name, envs) => {
    const tag = name.replace(/\W+/g, '-');
    expect(cli(...SIM, '--format', 'json', '--out', `${tag}-whole.json`).code).toBe(0);
    const shards = await Promise.all(envs.map((env, i) => run([...SIM, '--shard', 'auto', '--out', `${tag}-part${i}.json`], env)));
    expect(shards).toEqual(envs.map(() => ({ code: 0, err: '' })));
    const merged = cli('merge', ...envs.map((_, i) => `${tag}-part${i}.json`).reverse(), '--format', 'json', '--out', `${tag}-merged.json`);
    expect(merged.code).toBe(0);
    expect(bytes(`${tag}-merged.json`).equals(bytes(`${tag}-whole.json`))).toBe(true);
  });

  it('ignores a job array\'s variables without --shard auto: the whole run, not a shard of it', async () => {
    expect(cli(...SIM, '--format', 'json', '--out', 'plain.json').code).toBe(0);
    expect(await run([...SIM, '--format', 'json', '--out', 'in-array.json'], arrays['Slurm --array=1-3'][1]!)).toEqual({ code: 0, err: '' });
    expect(bytes('in-array.json').equals(bytes('plain.json'))).toBe(true);
  });

  it.each([
    ['no job array', {}, 'simulate: --shard auto: neither JOB_COMPLETION_INDEX (Kubernetes Indexed Job) nor SLURM_ARRAY_TASK_ID (Slurm array) is set'],
    ['an Indexed Job without the count', { JOB_COMPLETION_INDEX: '2' }, 'simulate: --shard auto: CABLE1957_SHARD_COUNT (set it to the Job\'s completions) must be an integer ≥ 1; got nothing (it is not set)'],
    ['an index past the count', { JOB_COMPLETION_INDEX: '4', CABLE1957_SHARD_COUNT: '4' }, 'simulate: --shard auto: the environment gives shard 5/4; need 1 <= i <= N <= 100000'],
    ['a stepped Slurm array (--array=1-7:2)', { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '7' }, 'simulate: --shard auto: the Slurm array 1-7 has 4 tasks, not 7; use a contiguous range such as --array=1-4'],
  ])('--shard auto with %s: one line, exit 2, nothing written', async (_name, env, message) => {
    expect(await run([...SIM, '--shard', 'auto', '--out', 'never.json'], env)).toEqual({ code: 2, err: `cable1957: ${message}\n` });
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });
});

describe('calibrate --shard (process)', () => {
  const CAL = ['calibrate', '--points', '30', '--quiet'];
  expect(cli(...CAL, '--format', 'json', '--out', 'cal-whole.json', '--scenario-out', 'cal-whole.yaml').code).toBe(0);
  it.each(Object.entries(arrays))('%s: the shards, run in parallel and merged, give the report (but timing) and scenario of one run', async (name, envs) => {
    const tag = name.replace(/\W+/g, '-');
    const shards = await Promise.all(envs.map((env, i) => run([...CAL, '--shard', 'auto', '--out', `${tag}-cal${i}.json`], env)));
    expect(shards).toEqual(envs.map(() => ({ code: 0, err: '' })));
    const merged = cli('merge', ...envs.map((_, i) => `${tag}-cal${i}.json`), '--format', 'json', '--out', `${tag}-cal.json`, '--scenario-out', `${tag}-cal.yaml`);
    expect(merged.code).toBe(0);
    expect(untimed(`${tag}-cal.json`)).toBe(untimed('cal-whole.json'));
    expect(bytes(`${tag}-cal.yaml`).equals(bytes('cal-whole.yaml'))).toBe(true);
  });

  it('--shard i/N by hand merges the same way; a missing, repeated or foreign shard is refused in one line', () => {
    for (const i of [1, 2, 3]) expect(cli(...CAL, '--shard', `${i}/3`, '--out', `h${i}.json`).code).toBe(0);
    expect(cli(...CAL, '--seed', '4', '--shard', '3/3', '--out', 'other.json').code).toBe(0);
    expect(cli('merge', 'h2.json', 'h1.json', 'h3.json', '--format', 'json', '--out', 'h.json', '--scenario-out', 'h.yaml').code).toBe(0);
    expect(untimed('h.json')).toBe(untimed('cal-whole.json'));
    for (const [files, message] of [
      [['h1.json', 'h2.json'], 'merge: design points missing: 2, 5, 8, 11, 14, 17, 20, 23, 26, 29 (shard 3 of 3)'],
      [['h1.json', 'h2.json', 'h3.json', 'h3.json'], 'h3.json: point 2 is in more than one partial (shard 3/3 twice?)'],
      [['h1.json', 'h2.json', 'other.json'], 'other.json: a shard of another calibration (scenario, points, seed, replications, epsilon or shard count) than h1.json'],
      [['h1.json', 'cal-whole.json'], 'cal-whole.json: not a cable1957 calibration partial (format is undefined, expected "cable1957.calibration-partial/1")'],
    ] as const) {
      const r = cli('merge', ...files, '--out', 'never.txt', '--scenario-out', 'never.yaml');
      expect(r.err).toBe(`cable1957: ${message}\n`);
      expect(r.code).toBe(2);
      expect(existsSync(join(dir, 'never.txt')) || existsSync(join(dir, 'never.yaml'))).toBe(false);
    }
    expect(cli('calibrate', '--points', '5', '--shard', '1/2', '--format', 'table').err).toBe('cable1957: calibrate: --shard writes a partial result (JSON) for "cable1957 merge"; drop --format\n');
  });
});

describe('examples/cluster', () => {
  /** The parts of a Job manifest the test reads. */
  type JobDoc = { kind: string; spec: { completionMode?: string; completions?: number; template: { spec: { containers: { env?: { name: string; value: string }[]; args: string[] }[] } } } };
  const example = (file: string) => readFileSync(join(dirname(cliPath), '..', 'examples', 'cluster', file), 'utf8');
  it('the Indexed Job sets CABLE1957_SHARD_COUNT to its completions and runs --shard auto with a checkpoint; the merge job reads what the shards write', () => {
    const docs = parseAllDocuments(example('k8s-indexed-job.yaml')).map((d) => d.toJS() as JobDoc);
    const job = docs.find((d) => d.kind === 'Job')!;
    expect(job.spec.completionMode).toBe('Indexed');
    const container = job.spec.template.spec.containers[0]!;
    expect(container.env).toContainEqual({ name: 'CABLE1957_SHARD_COUNT', value: String(job.spec.completions) });
    expect(container.args[0]).toMatch(/--shard auto[\s\S]*--out part-\$JOB_COMPLETION_INDEX\.json/);
    const merge = parseAllDocuments(example('k8s-merge-job.yaml'))[0]!.toJS() as JobDoc;
    expect(merge.spec.template.spec.containers[0]!.args[0]).toContain('cable1957 merge part-*.json');
  });

  it('the Slurm task script runs its shard, and run again (a requeued task) resumes from its checkpoint to the same bytes', () => {
    const cwd = join(dir, 'slurm');
    const bin = join(cwd, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'cable1957'), `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`);
    chmodSync(join(bin, 'cable1957'), 0o755);
    writeFileSync(join(cwd, 'my.yaml'), cli('simulate', '--print-scenario').out);
    // A script with fewer points, so the test runs one task of a 32-task array in a second or two.
    const script = join(cwd, 'task.sh');
    writeFileSync(script, example('slurm-array.sh').replace('--points 3200', '--points 320'));
    const env = { ...cleanEnv, PATH: `${bin}:${process.env['PATH']}`, SLURM_ARRAY_TASK_ID: '7', SLURM_ARRAY_TASK_COUNT: '32', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '32' };
    const first = spawnSync('bash', [script], { cwd, env, encoding: 'utf8' });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const part = JSON.parse(readFileSync(join(cwd, 'results', 'part-7.json'), 'utf8')) as { shard: unknown; results: { index: number }[] };
    expect(part.shard).toEqual({ index: 7, count: 32 });
    expect(part.results.map((p) => p.index)).toEqual(Array.from({ length: 10 }, (_, i) => 6 + 32 * i));
    expect(existsSync(join(cwd, 'results', 'ckpt-7.json'))).toBe(true);
    const again = spawnSync('bash', [script], { cwd, env, encoding: 'utf8' });
    expect(again.status).toBe(0);
    const strip = (text: string) => JSON.stringify({ ...JSON.parse(text), seconds: 0, digest: '' });
    expect(strip(readFileSync(join(cwd, 'results', 'part-7.json'), 'utf8'))).toBe(strip(JSON.stringify(part)));
  });
});
