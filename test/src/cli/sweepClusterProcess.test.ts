import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contentDigest } from '../../../src/io/contentDigest.js';
import { cliInTempDir } from '../../support/cliInTempDir.js';
import { cleanEnv, jobArrays, runInArray } from '../../support/jobArrays.js';
import { smallSweep } from '../../support/smallSweep.js';
import { cliPath } from '../../support/spawnCli.js';

// Sweeps on a cluster (issue 14: "a sweep of 20 points with a half-width target ... merges from 4
// shards to the same bytes"): shards started as parallel processes with a job array's variables
// set, merged, give the bytes of one run; a bad partial is refused in one line, nothing written.
const { dir, cli } = cliInTempDir('cable1957-sweep-cluster-');
const bytes = (file: string) => readFileSync(join(dir, file));

const sweepFile = smallSweep();
writeFileSync(join(dir, 'sweep.yaml'), sweepFile);
writeFileSync(join(dir, 'other.yaml'), sweepFile.replace('halfWidth: 0.03', 'halfWidth: 0.04'));
const SWEEP = ['sweep', 'sweep.yaml', '--quiet'];
expect(cli(...SWEEP, '--format', 'json', '--out', 'whole.json').code).toBe(0);
expect(cli(...SWEEP, '--format', 'csv', '--out', 'whole.csv').code).toBe(0);

describe('sweep --shard auto in a job array (process)', () => {
  // The arrays of 4 tasks: a Slurm array with ids from 5, and a Kubernetes Indexed Job.
  it.each(Object.entries(jobArrays).filter(([, envs]) => envs.length === 4))('%s: the 4 shards, run in parallel and merged, give the bytes of one run (JSON and CSV)', async (name, envs) => {
    const tag = name.replace(/\W+/g, '-');
    const shards = await Promise.all(envs.map((env, i) => runInArray(dir, [...SWEEP, '--shard', 'auto', '--out', `${tag}-${i}.json`], env)));
    expect(shards).toEqual(envs.map(() => ({ code: 0, err: '' })));
    const parts = envs.map((_, i) => `${tag}-${i}.json`).reverse();
    expect(cli('merge', ...parts, '--format', 'json', '--out', `${tag}-merged.json`).code).toBe(0);
    expect(bytes(`${tag}-merged.json`).equals(bytes('whole.json'))).toBe(true);
    expect(cli('merge', ...parts, '--format', 'csv', '--out', `${tag}-merged.csv`).code).toBe(0);
    expect(bytes(`${tag}-merged.csv`).equals(bytes('whole.csv'))).toBe(true);
  });

  it('the merged table is one run\'s but for its timing line (the shards\' seconds added up)', () => {
    for (const i of [1, 2]) expect(cli(...SWEEP, '--shard', `${i}/2`, '--out', `t${i}.json`).code).toBe(0);
    const untimed = (text: string) => text.replace(/ in [\d.]+ s: [\d,]+ cases\/s/, '');
    const merged = cli('merge', 't1.json', 't2.json', '--format', 'table');
    expect(merged.code).toBe(0);
    expect(merged.out).toMatch(/\n[\d,]+ cases in [\d.]+ s: [\d,]+ cases\/s; every row/);
    expect(untimed(merged.out)).toBe(untimed(cli(...SWEEP, '--format', 'table').out));
  });

  it('--shard with a format other than JSON, or with no job array, is refused in one line', async () => {
    expect(cli(...SWEEP, '--shard', '1/2', '--format', 'csv')).toEqual({ code: 2, out: '', err: 'cable1957: sweep: --shard writes a partial result (JSON) for "cable1957 merge"; drop --format\n' });
    const r = await runInArray(dir, [...SWEEP, '--shard', 'auto', '--out', 'never.json'], {});
    expect(r).toEqual({ code: 2, err: 'cable1957: sweep: --shard auto: neither JOB_COMPLETION_INDEX (Kubernetes Indexed Job) nor SLURM_ARRAY_TASK_ID (Slurm array) is set\n' });
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });
});

describe('merge refuses bad sweep partials (process): one line naming the file and the field, exit 2, nothing written', () => {
  for (const i of [1, 2, 3, 4]) expect(cli(...SWEEP, '--shard', `${i}/4`, '--out', `p${i}.json`).code).toBe(0);
  expect(cli(...SWEEP, '--seed', '6', '--shard', '4/4', '--out', 'seed6.json').code).toBe(0);
  expect(cli('sweep', 'other.yaml', '--quiet', '--shard', '4/4', '--out', 'other4.json').code).toBe(0);
  expect(cli(...SWEEP, '--shard', '3/3', '--out', 'of3.json').code).toBe(0);
  expect(cli('simulate', '--scenario', 'exodus1961', '--replications', '2', '--shard', '1/2', '--out', 'sim.json').code).toBe(0);
  type Partial = Record<string, unknown> & { scenario: Record<string, unknown>; shard: { index: number; count: number }; reps: { point: number; rep: number; kinds: Record<string, { n: number }> }[] };
  const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Partial;
  /** p4.json edited, its digest recomputed (as a forger would), written as e4.json. */
  const resealed = (edit: (p: Partial) => void) => {
    const p = read('p4.json');
    edit(p);
    writeFileSync(join(dir, 'e4.json'), JSON.stringify({ ...p, digest: contentDigest(p) }));
    return 'e4.json';
  };
  const unsealed = (edit: (p: Partial) => void) => {
    const p = read('p4.json');
    edit(p);
    writeFileSync(join(dir, 'e4.json'), JSON.stringify(p));
    return 'e4.json';
  };
  const last = (p: Partial) => p.reps.filter((r) => r.point === p.reps.at(-1)!.point);
  const cases: [string, () => string[], string][] = [
    ['a shard of another design (another target)', () => ['p1.json', 'p2.json', 'p3.json', 'other4.json'], 'other4.json: a shard of another sweep than p1.json: its targets differs'],
    ['a shard of another seed', () => ['p1.json', 'p2.json', 'p3.json', 'seed6.json'], 'seed6.json: a shard of another sweep than p1.json: its seed differs'],
    ['a shard of another shard count', () => ['p1.json', 'p2.json', 'of3.json', 'p4.json'], 'of3.json: a shard of 3, but p1.json is a shard of 4'],
    ['a shard missing', () => ['p1.json', 'p2.json', 'p4.json'], 'merge: sweep points missing: 2, 6, 10, 14, 18 (shard 3 of 4)'],
    ['a shard twice', () => ['p1.json', 'p2.json', 'p3.json', 'p4.json', 'p2.json'], 'p2.json: shard 2/4 again (also p2.json): each point must come from one partial'],
    ['a simulation partial among them', () => ['p1.json', 'sim.json'], 'sim.json: not a cable1957 sweep partial (format is "cable1957.partial/1", expected "cable1957.sweep-partial/1")'],
    ['the sweep\'s output, not a partial', () => ['p1.json', 'whole.json'], 'whole.json: not a cable1957 sweep partial (format is "cable1957.sweep/1", expected "cable1957.sweep-partial/1")'],
    ['a count edited', () => ['p1.json', 'p2.json', 'p3.json', unsealed((p) => (p.reps[0]!.kinds['chineseResidentInKorea']!.n += 1))], 'e4.json: the partial result was changed after it was written (its digest does not match its content)'],
    ['another version, resealed', () => ['p1.json', 'p2.json', 'p3.json', resealed((p) => (p['version'] = '0.9.0'))], 'e4.json: written by cable1957 0.9.0, not '],
    ['a count edited, resealed', () => ['p1.json', 'p2.json', 'p3.json', resealed((p) => (p.reps[0]!.kinds['chineseResidentInKorea']!.n += 1))], 'e4.json: reps, point 3: reps[0].kinds.chineseResidentInKorea.n: 61 cases, but the scenario has 60 per replication'],
    ['a point cut short of its stop, resealed', () => ['p1.json', 'p2.json', 'p3.json', resealed((p) => p.reps.pop())], 'e4.json: reps: point 19 has '],
    ['a point of another shard, resealed', () => ['p1.json', 'p2.json', 'p3.json', resealed((p) => (p.reps[0]!.point = 0))], 'e4.json: reps[0].point: point 0 does not belong to shard 4/4'],
    ['the scenario\'s seed edited but not the sweep\'s, resealed', () => [resealed((p) => (p.scenario['seed'] = 6)), 'p1.json'], 'e4.json: scenario: not what the sweep file it names resolves to'],
    ['the seed edited in every partial, resealed', () => [resealed((p) => (p['seed'] = 6)), 'p1.json'], 'e4.json: scenario: not what the sweep file it names resolves to'],
    ['a bad shard, resealed', () => [resealed((p) => (p.shard = { index: 5, count: 4 }))], 'e4.json: shard: found {"index":5,"count":4}, expected { index, count } with 1 <= index <= count <= 100000'],
    ['a bad design key, resealed', () => [resealed((p) => (p['batch'] = 0))], 'e4.json: batch: found 0, expected an integer from 1 to 10000'],
  ];
  it.each(cases)('%s', (_name, files, message) => {
    const r = cli('merge', ...files(), '--format', 'json', '--out', 'never.json');
    expect(r.err.startsWith(`cable1957: ${message}`)).toBe(true);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });

  it('the cut-short point is one that had not stopped', () => {
    const p = read('p4.json');
    const cut = last(p);
    expect(cli('merge', 'p1.json', 'p2.json', 'p3.json', resealed((q) => q.reps.pop())).err).toBe(`cable1957: e4.json: reps: point ${cut[0]!.point} has ${cut.length - 1} replications and had not stopped: not a finished shard\n`);
  });

  it('merges the untouched partials, in any order, to one run\'s bytes', () => {
    expect(cli('merge', 'p3.json', 'p1.json', 'p4.json', 'p2.json', '--format', 'json').out).toBe(readFileSync(join(dir, 'whole.json'), 'utf8'));
  });
});

describe('examples/cluster: the sweep recipe', () => {
  /** The parts of a Job manifest the test reads. */
  type JobDoc = { kind: string; spec: { completionMode?: string; completions?: number; template: { spec: { containers: { env?: { name: string; value: string }[]; args: string[] }[] } } } };
  const exampleDir = join(dirname(cliPath), '..', 'examples', 'cluster');
  const example = (file: string) => readFileSync(join(exampleDir, file), 'utf8');

  it('sweep.yaml is a valid sweep of 200 points with a half-width target (its shard 1000 of 1000 has no point to run)', () => {
    const r = cli('sweep', join(exampleDir, 'sweep.yaml'), '--shard', '1000/1000', '--out', 'example-part.json');
    expect([r.code, r.err]).toEqual([0, '']);
    const part = JSON.parse(readFileSync(join(dir, 'example-part.json'), 'utf8')) as { points: number; targets: { halfWidth: number }[]; reps: unknown[] };
    expect([part.points, part.targets.length, part.reps]).toEqual([200, 1, []]);
  });

  it('the Indexed Job sets CABLE1957_SHARD_COUNT to its completions and runs sweep --shard auto with a checkpoint; the merge job reads what the shards write', () => {
    const job = parseAllDocuments(example('k8s-sweep-job.yaml')).map((d) => d.toJS() as JobDoc).find((d) => d.kind === 'Job')!;
    expect(job.spec.completionMode).toBe('Indexed');
    const container = job.spec.template.spec.containers[0]!;
    expect(container.env).toContainEqual({ name: 'CABLE1957_SHARD_COUNT', value: String(job.spec.completions) });
    expect(container.args[0]).toMatch(/cable1957 sweep \/design\/sweep\.yaml --shard auto[\s\S]*\$resume --out sweep-part-\$JOB_COMPLETION_INDEX\.json/);
    const merge = parseAllDocuments(example('k8s-sweep-merge-job.yaml'))[0]!.toJS() as JobDoc;
    expect(merge.spec.template.spec.containers[0]!.args[0]).toContain('cable1957 merge sweep-part-*.json');
  });

  it('the Slurm scripts: 4 tasks (one run again, as a requeued task), then the merge step, give the bytes of one run', () => {
    const cwd = join(dir, 'slurm');
    const bin = join(cwd, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'cable1957'), `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`);
    chmodSync(join(bin, 'cable1957'), 0o755);
    writeFileSync(join(cwd, 'sweep.yaml'), sweepFile);
    writeFileSync(join(cwd, 'task.sh'), example('slurm-sweep-array.sh').replace('#SBATCH --array=1-32', '#SBATCH --array=1-4'));
    const env = (id: number) => ({ ...cleanEnv, PATH: `${bin}:${process.env['PATH']}`, SLURM_ARRAY_TASK_ID: `${id}`, SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '4' });
    const tasks = [1, 2, 3, 4].map((id) => spawnSync('bash', ['task.sh'], { cwd, env: env(id), encoding: 'utf8' }));
    expect(tasks.map((t) => [t.status, t.stderr])).toEqual([1, 2, 3, 4].map(() => [0, '']));
    const part = readFileSync(join(cwd, 'results', 'sweep-part-3.json'), 'utf8');
    expect((JSON.parse(part) as { shard: unknown }).shard).toEqual({ index: 3, count: 4 });
    // Requeued: task 3 runs again, resumes from its checkpoint (nothing left to run), and writes the same partial but for its seconds.
    expect(existsSync(join(cwd, 'results', 'sweep-ckpt-3.json'))).toBe(true);
    expect(spawnSync('bash', ['task.sh'], { cwd, env: env(3), encoding: 'utf8' }).status).toBe(0);
    const strip = (text: string) => JSON.stringify({ ...JSON.parse(text), seconds: 0, digest: '' });
    expect(strip(readFileSync(join(cwd, 'results', 'sweep-part-3.json'), 'utf8'))).toBe(strip(part));
    const merge = spawnSync('bash', [join(exampleDir, 'slurm-sweep-merge.sh')], { cwd, env: env(1), encoding: 'utf8' });
    expect([merge.status, merge.stderr]).toEqual([0, '']);
    expect(readFileSync(join(cwd, 'results', 'sweep.csv')).equals(bytes('whole.csv'))).toBe(true);
    expect(readFileSync(join(cwd, 'results', 'sweep.json')).equals(bytes('whole.json'))).toBe(true);
    expect(readdirSync(join(cwd, 'results')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('local-array.sh runs a sweep\'s shards as a Slurm-style array and finds the merge byte-identical to one run', () => {
    const r = spawnSync('bash', [join(exampleDir, 'local-array.sh'), '4', `${process.execPath} ${cliPath}`, join(dir, 'sweep.yaml')], { cwd: dir, env: cleanEnv, encoding: 'utf8' });
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', '4 shards merged: byte-identical to one run\n']);
  });
});
