import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentDigest } from '../../../src/io/contentDigest.js';
import { cliInTempDir } from '../../support/cliInTempDir.js';
import { killedAndResumed as killedAndResumedIn, signalWhileCheckpointing } from '../../support/killAndResume.js';
import { cliPath } from '../../support/spawnCli.js';

// Checkpoints (issue 14, item 3): a run killed at any moment and resumed ends byte-identical to
// one never stopped; a checkpoint of another run, version or an edited one is refused in one line.
const { dir, cli } = cliInTempDir('cable1957-checkpoint-');

const SIM = ['simulate', '--scenario', 'exodus1961', '--replications', '24', '--format', 'json', '--quiet'];
const CAL = ['calibrate', '--points', '60', '--replications', '2', '--format', 'json', '--quiet'];
expect(cli(...SIM, '--out', 'sim.json').code).toBe(0);
expect(cli(...CAL, '--out', 'cal.json', '--scenario-out', 'cal.yaml').code).toBe(0);
const simBytes = readFileSync(join(dir, 'sim.json'));
const calYaml = readFileSync(join(dir, 'cal.yaml'));
/** A calibration report without its timing, the one part that differs between runs. */
const untimed = (file: string) => JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), timing: null });
const calReport = untimed(join(dir, 'cal.json'));

const killedAndResumed = (command: string[], finish: (cwd: string) => void, out: string[]) => killedAndResumedIn(dir, command, finish, out);

describe('simulate --checkpoint / --resume (process)', () => {
  it('killed (SIGKILL) at random moments and resumed, gives the bytes of an uninterrupted run', async () => {
    await fc.assert(
      killedAndResumed(SIM, (cwd) => expect(readFileSync(join(cwd, 'out.json')).equals(simBytes)).toBe(true), ['--out', 'out.json']),
      { numRuns: 6, endOnFailure: true },
    );
  });

  // A complete checkpoint of a small run, and edits of it: each refused with one line, exit 2,
  // no output file, the checkpoint left as it was.
  /** The small run's flags, some replaced by `over` (a flag given twice is an error of its own). */
  const small = (over: Record<string, string> = {}) =>
    ['simulate', '--quiet', ...Object.entries({ '--scenario': 'exodus1961', '--replications': '4', '--format': 'json', ...over }).flat()];
  const SMALL = small();
  expect(cli(...SMALL, '--checkpoint', 'small.ckpt', '--out', 'small.json').code).toBe(0);
  const original = readFileSync(join(dir, 'small.ckpt'), 'utf8');
  const ckpt = JSON.parse(original) as Record<string, unknown> & { done: { kinds: Record<string, { n: number }> }[] };
  const resealed = (edit: (c: typeof ckpt) => void) => {
    const c = structuredClone(ckpt);
    edit(c);
    return JSON.stringify({ ...c, digest: contentDigest(c) });
  };
  it.each([
    ['another seed', original, { '--seed': '5' }, 'small.ckpt: a checkpoint of another run: scenario.seed is 1961, this run\'s is 5'],
    ['more replications', original, { '--replications': '5' }, 'scenario.replications is 4, this run\'s is 5'],
    ['another scenario', original, { '--scenario': 'baseline' }, 'a checkpoint of another run: scenario.'],
    ['other readings', original, { '--readings': 'punishment=whenReturned' }, 'scenario.readings.punishment is'],
    ['another engine', original, { '--engine': 'xstate' }, 'engine is "compiled", this run\'s is "xstate"'],
    ['another shard', original, { '--shard': '1/2' }, 'shard.count is 1, this run\'s is 2'],
    ['another version', resealed((c) => (c['version'] = '0.9.0')), {}, 'small.ckpt: a checkpoint of cable1957 0.9.0, not '],
    ['a calibration', resealed((c) => (c['command'] = 'calibrate')), {}, 'command is "calibrate", this run\'s is "simulate"'],
    ['an edited count', original.replace(/"n":(\d+)/, '"n":7$1'), {}, 'small.ckpt: the checkpoint was changed after it was written'],
    ['an edited count, resealed', resealed((c) => (c.done[1]!.kinds['chineseResidentInKorea']!.n += 1)), {}, 'small.ckpt (done): reps[1].kinds.chineseResidentInKorea.n'],
    ['no digest', JSON.stringify({ ...ckpt, digest: undefined }), {}, 'small.ckpt: the checkpoint has no digest'],
    ['truncated', original.slice(0, 500), {}, 'small.ckpt: not valid JSON'],
    ['a partial result', '{"format":"cable1957.partial/1"}', {}, 'small.ckpt: not a cable1957 checkpoint (format is "cable1957.partial/1"'],
  ] as [string, string, Record<string, string>, string][])('refuses a checkpoint with %s: one line, exit 2, nothing written', (_name, text, flags, message) => {
    const cwd = mkdtempSync(join(dir, 'foreign-'));
    writeFileSync(join(cwd, 'small.ckpt'), text);
    const r = spawnSync(process.execPath, [cliPath, ...small(flags), '--out', 'never.json', '--resume', 'small.ckpt'], { cwd, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message as string);
    expect(readFileSync(join(cwd, 'small.ckpt'), 'utf8')).toBe(text);
    expect(readdirSync(cwd)).toEqual(['small.ckpt']);
  });

  it('resumes a checkpoint with other workers and another output format (they change no tally)', () => {
    const cwd = mkdtempSync(join(dir, 'free-'));
    writeFileSync(join(cwd, 'small.ckpt'), original);
    const r = spawnSync(process.execPath, [cliPath, ...small({ '--format': 'csv' }), '--workers', '2', '--resume', 'small.ckpt'], { cwd, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(cli(...small({ '--format': 'csv' })).out);
  });

  it('removes the temporary files a killed run left beside the checkpoint, not those of a live process or another file', () => {
    const cwd = mkdtempSync(join(dir, 'stale-'));
    writeFileSync(join(cwd, 'small.ckpt'), original);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const names = [`.small.ckpt.${dead}.1.tmp`, `.small.ckpt.${process.pid}.1.tmp`, `.other.ckpt.${dead}.1.tmp`];
    for (const name of names) writeFileSync(join(cwd, name), 'half a checkpoint');
    expect(spawnSync(process.execPath, [cliPath, ...SMALL, '--resume', 'small.ckpt'], { cwd }).status).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual([names[1], names[2], 'small.ckpt'].sort());
  });

  it('refuses to start a checkpoint over an existing file (a restart that forgot --resume)', () => {
    const r = cli(...SMALL, '--checkpoint', 'small.ckpt');
    expect(r.code).toBe(2);
    expect(r.err).toBe('cable1957: simulate: --checkpoint small.ckpt: the file exists; continue that run with --resume small.ckpt, or remove it\n');
    expect(readFileSync(join(dir, 'small.ckpt'), 'utf8')).toBe(original);
  });

  it.each([['--checkpoint-every', 'x', '--checkpoint-every must be seconds from 0 to 86400; got "x"'], ['--resume', 'nowhere.ckpt', 'nowhere.ckpt']])('%s %s: one line, exit 2', (flag, value, message) => {
    const r = cli(...SMALL, ...(flag === '--resume' ? [] : ['--checkpoint', 'new.ckpt']), flag, value);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(existsSync(join(dir, 'new.ckpt'))).toBe(false);
  });

  // SIGTERM and SIGINT while checkpoints are being written: the process exits with 143/130, the
  // last good checkpoint stays (a valid one, with its digest), no temporary file is left, and
  // resuming from it finishes the run to the uninterrupted bytes.
  it.each([['SIGTERM', 143], ['SIGINT', 130]] as const)('%s during a checkpointed run leaves the last good checkpoint and no temporary file', async (signal, code) => {
    const cwd = mkdtempSync(join(dir, 'signal-'));
    expect(await signalWhileCheckpointing(cwd, [...SIM, '--out', 'out.json'], signal)).toBe(code);
    expect(readdirSync(cwd)).toEqual(['c.json']);
    const saved = JSON.parse(readFileSync(join(cwd, 'c.json'), 'utf8')) as { done: unknown[]; digest: string };
    expect(saved.digest).toBe(contentDigest(saved));
    expect(saved.done.length).toBeGreaterThan(0);
    expect(saved.done.length).toBeLessThan(24);
    expect(spawnSync(process.execPath, [cliPath, ...SIM, '--resume', 'c.json', '--out', 'out.json'], { cwd }).status).toBe(0);
    expect(readFileSync(join(cwd, 'out.json')).equals(simBytes)).toBe(true);
  });
});

describe('calibrate --checkpoint / --resume (process)', () => {
  it('killed (SIGKILL) at random moments and resumed, gives the report (but timing) and scenario of an uninterrupted run', async () => {
    await fc.assert(
      killedAndResumed(
        CAL,
        (cwd) => {
          expect(untimed(join(cwd, 'out.json'))).toBe(calReport);
          expect(readFileSync(join(cwd, 'out.yaml')).equals(calYaml)).toBe(true);
        },
        ['--out', 'out.json', '--scenario-out', 'out.yaml'],
      ),
      { numRuns: 4, endOnFailure: true },
    );
  });

  it('refuses a checkpoint of another calibration, or a simulation\'s, in one line', () => {
    const cwd = mkdtempSync(join(dir, 'cal-foreign-'));
    const run = (over: Record<string, string>, ...extra: string[]) =>
      spawnSync(process.execPath, [cliPath, 'calibrate', '--quiet', '--out', 'r.txt', ...Object.entries({ '--points': '6', ...over }).flat(), ...extra], { cwd, encoding: 'utf8' });
    expect(run({}, '--checkpoint', 'c.json').status).toBe(0);
    for (const [over, message] of [
      [{ '--points': '7' }, 'c.json: a checkpoint of another run: points is 6, this run\'s is 7'],
      [{ '--seed': '3' }, 'c.json: a checkpoint of another run: seed is 1957, this run\'s is 3'],
      [{ '--epsilon': '0.5' }, 'c.json: a checkpoint of another run: epsilon is 0.05, this run\'s is 0.5'],
      [{ '--shard': '1/2' }, 'c.json: a checkpoint of another run: shard.count is 1, this run\'s is 2'],
    ] as const) {
      const r = run(over, '--resume', 'c.json');
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^cable1957: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n$`));
    }
    writeFileSync(join(cwd, 's.json'), readFileSync(join(dir, 'small.ckpt')));
    const r = run({}, '--resume', 's.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('s.json: a checkpoint of another run: command is "simulate", this run\'s is "calibrate"');
  });
});
