import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentDigest } from '../../../src/io/contentDigest.js';
import { cliInTempDir } from '../../support/cliInTempDir.js';
import { killedAndResumed, signalWhileCheckpointing } from '../../support/killAndResume.js';
import { smallSweep } from '../../support/smallSweep.js';
import { cliPath } from '../../support/spawnCli.js';

// Checkpoints of a sweep (issue 14: "a sweep of 20 points with a half-width target finishes,
// resumes after a kill"): killed at any moment and resumed, it ends byte-identical to a sweep
// never stopped; a checkpoint of another design, seed or version, or an edited one, is refused in one line.
const { dir, cli } = cliInTempDir('cable1957-sweep-checkpoint-');

// About a second and a half with a checkpoint after every replication: most points stop at their
// target, a few at maxReplications; kills land before, during and after it.
writeFileSync(join(dir, 'long.yaml'), smallSweep({ crossers: 300, halfWidth: 0.008, maxReplications: 48 }));
// Well under a second: for the refusals.
writeFileSync(join(dir, 'small.yaml'), smallSweep());
const LONG = ['sweep', join(dir, 'long.yaml'), '--format', 'json', '--quiet'];
expect(cli(...LONG, '--out', 'long.json').code).toBe(0);
const longBytes = readFileSync(join(dir, 'long.json'));

describe('sweep --checkpoint / --resume (process)', () => {
  it('the uninterrupted run stops points both at their target and at maxReplications', () => {
    const stops = (JSON.parse(longBytes.toString()) as { points: { stopped: string }[] }).points.map((p) => p.stopped);
    expect(stops).toHaveLength(20);
    expect(stops).toContain('target');
    expect(stops).toContain('max');
  });

  it('killed (SIGKILL) at random moments and resumed, gives the bytes of an uninterrupted run, with 1 or 2 workers', async () => {
    await fc.assert(
      killedAndResumed(dir, LONG, (cwd) => expect(readFileSync(join(cwd, 'out.json')).equals(longBytes)).toBe(true), ['--out', 'out.json']),
      { numRuns: 5, endOnFailure: true },
    );
  });

  // A complete checkpoint of the small sweep, and edits of it: each refused with one line, exit 2,
  // no output file, the checkpoint left as it was.
  const small = (...flags: string[]) => ['sweep', join(dir, flags.includes('--other-design') ? 'other.yaml' : 'small.yaml'), '--quiet', '--format', 'json', ...flags.filter((f) => f !== '--other-design')];
  writeFileSync(join(dir, 'other.yaml'), smallSweep().replace('points: 20', 'points: 21'));
  expect(cli(...small('--checkpoint', 'small.ckpt', '--out', 'small.json')).code).toBe(0);
  const original = readFileSync(join(dir, 'small.ckpt'), 'utf8');
  type Done = { point: number; rep: number; kinds: Record<string, { n: number }> };
  const ckpt = JSON.parse(original) as Record<string, unknown> & { done: Done[] };
  const resealed = (edit: (c: typeof ckpt) => void) => {
    const c = structuredClone(ckpt);
    edit(c);
    return JSON.stringify({ ...c, digest: contentDigest(c) });
  };
  const lastOf = (point: number) => ckpt.done.filter((d) => d.point === point).at(-1)!;
  it.each([
    ['another seed', original, ['--seed', '6'], "small.ckpt: a checkpoint of another run: seed is 5, this run's is 6"],
    ['another design (21 points)', original, ['--other-design'], "small.ckpt: a checkpoint of another run: points is 20, this run's is 21"],
    ['another shard', original, ['--shard', '1/2'], "small.ckpt: a checkpoint of another run: shard.count is 1, this run's is 2"],
    ['another version', resealed((c) => (c['version'] = '0.9.0')), [], 'small.ckpt: a checkpoint of cable1957 0.9.0, not '],
    ['a simulation', resealed((c) => (c['command'] = 'simulate')), [], 'small.ckpt: a checkpoint of another run: command is "simulate", this run\'s is "sweep"'],
    ['an edited count', original.replace(/"n":(\d+)/, '"n":7$1'), [], 'small.ckpt: the checkpoint was changed after it was written'],
    ['an edited count, resealed', resealed((c) => (c.done[1]!.kinds['chineseResidentInKorea']!.n += 1)), [], 'small.ckpt: done, point 0: reps[1].kinds.chineseResidentInKorea.n: 61 cases, but the scenario has 60 per replication'],
    ['a replication dropped, resealed', resealed((c) => c.done.splice(1, 1)), [], `small.ckpt: done: point 0: replication 1 is missing, yet ${lastOf(0).rep} is there`],
    ['a replication twice, resealed', resealed((c) => c.done.push(c.done[0]!)), [], `small.ckpt: done[${ckpt.done.length}]: point 0, replication 0 is there twice`],
    [
      'a replication past the stop, resealed',
      resealed((c) => c.done.push({ ...lastOf(0), rep: lastOf(0).rep + 1 })),
      [],
      `small.ckpt: done: point 0 has ${lastOf(0).rep + 2} replications, but its stopping rule stopped it at ${lastOf(0).rep + 1} (target)`,
    ],
    ['a point the design lacks, resealed', resealed((c) => (c.done[0]!.point = 20)), [], 'small.ckpt: done[0].point: found 20, expected a point from 0 to 19'],
    ['truncated', original.slice(0, 500), [], '--resume small.ckpt: not valid JSON'],
  ] as [string, string, string[], string][])('refuses a checkpoint with %s: one line, exit 2, nothing written', (_name, text, flags, message) => {
    const cwd = mkdtempSync(join(dir, 'foreign-'));
    writeFileSync(join(cwd, 'small.ckpt'), text);
    const r = spawnSync(process.execPath, [cliPath, ...small(...flags), '--out', 'never.json', '--resume', 'small.ckpt'], { cwd, encoding: 'utf8' });
    expect(r.stderr.startsWith(`cable1957: ${message}`)).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.status).toBe(2);
    expect(readFileSync(join(cwd, 'small.ckpt'), 'utf8')).toBe(text);
    expect(readdirSync(cwd)).toEqual(['small.ckpt']);
  });

  it('resumes a finished checkpoint with other workers and another output format: the same rows, nothing run again', () => {
    const cwd = mkdtempSync(join(dir, 'free-'));
    writeFileSync(join(cwd, 'small.ckpt'), original);
    const csv = ['sweep', join(dir, 'small.yaml'), '--quiet', '--format', 'csv'];
    const r = spawnSync(process.execPath, [cliPath, ...csv, '--workers', '2', '--resume', 'small.ckpt'], { cwd, encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(cli(...csv).out);
    expect(readFileSync(join(cwd, 'small.ckpt'), 'utf8')).toBe(original);
  });

  it('refuses to start a checkpoint over an existing file (a restart that forgot --resume)', () => {
    const r = cli(...small('--checkpoint', 'small.ckpt'));
    expect([r.code, r.err]).toEqual([2, 'cable1957: sweep: --checkpoint small.ckpt: the file exists; continue that run with --resume small.ckpt, or remove it\n']);
    expect(readFileSync(join(dir, 'small.ckpt'), 'utf8')).toBe(original);
  });

  // SIGTERM and SIGINT while checkpoints are being written: the process exits with 143/130, the
  // last good checkpoint stays (with its digest), no temporary file is left, and resuming from it
  // finishes the sweep to the uninterrupted bytes.
  it.each([['SIGTERM', 143], ['SIGINT', 130]] as const)('%s during a checkpointed sweep leaves the last good checkpoint and no temporary file', async (signal, code) => {
    const cwd = mkdtempSync(join(dir, 'signal-'));
    expect(await signalWhileCheckpointing(cwd, [...LONG, '--out', 'out.json'], signal)).toBe(code);
    expect(readdirSync(cwd)).toEqual(['c.json']);
    const saved = JSON.parse(readFileSync(join(cwd, 'c.json'), 'utf8')) as { done: unknown[]; digest: string };
    expect(saved.digest).toBe(contentDigest(saved));
    expect(saved.done.length).toBeGreaterThan(0);
    expect(spawnSync(process.execPath, [cliPath, ...LONG, '--resume', 'c.json', '--out', 'out.json'], { cwd }).status).toBe(0);
    expect(readFileSync(join(cwd, 'out.json')).equals(longBytes)).toBe(true);
  });
});
