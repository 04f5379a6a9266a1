import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath } from '../../support/spawnCli.js';

// --out and --save as a shell's `>` would treat them: links written through, devices and FIFOs
// written to (never replaced by a file), an existing file's mode kept, and a path that cannot
// be written refused before any work. Devices are made with mknod inside a temporary directory:
// the real /dev is never a target (an old build run as root would replace the device).
const dir = mkdtempSync(join(tmpdir(), 'cable1957-out-'));
chmodSync(dir, 0o755); // another user (nobody, below) must reach it
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const isRoot = process.getuid?.() === 0;
const nobody = 65534;

function cli(args: string[], options: { uid?: number; timeout?: number } = {}) {
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const temps = () => readdirSync(dir).filter((f) => /\.(tmp|probe)$/.test(f));
const small = ['simulate', '--replications', '1', '--format', 'json', '--quiet'];

// Made once: a one-replication run that would take hours, so a check done after the run times out.
const endless = join(dir, 'endless.yaml');
writeFileSync(endless, 'name: endless\nreplications: 1\npopulation:\n  chineseResidentInKorea:\n    count: 1000000000\n');

describe('--out writes through, never replaces (D1)', () => {
  it('follows a symlink: the target gets the result and the link stays a link', () => {
    writeFileSync(join(dir, 'target.json'), 'original\n');
    symlinkSync('target.json', join(dir, 'link.json'));
    const r = cli([...small, '--out', 'link.json']);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.json'))).toBe('target.json');
    expect(JSON.parse(readFileSync(join(dir, 'target.json'), 'utf8')).scenario.name).toBe('baseline');
    expect(temps()).toEqual([]);
  });

  it('follows a dangling symlink: the file is created at its end', () => {
    symlinkSync('created.json', join(dir, 'dangling.json'));
    expect(cli([...small, '--out', 'dangling.json']).code).toBe(0);
    expect(lstatSync(join(dir, 'dangling.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'created.json'), 'utf8')).scenario.name).toBe('baseline');
  });

  it('writes into a FIFO without replacing it', () => {
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // A reader on the FIFO, in its own process, as a shell's `cat pipe` would be.
    // (timeout: if the FIFO were replaced, its reader would wait for a writer forever.)
    const reader = spawnSync('sh', ['-c', `timeout 20 cat "${fifo}" & "${process.execPath}" "${cliPath}" ${small.join(' ')} --out "${fifo}"; echo "rc=$?" >&2; wait`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(reader.stderr).toContain('rc=0');
    expect(JSON.parse(reader.stdout).scenario.name).toBe('baseline');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('writes through a /dev/stdout-style link (to /proc/self/fd/1), to a pipe or a file the shell opened', () => {
    symlinkSync('/proc/self/fd/1', join(dir, 'stdout'));
    const run = `"${process.execPath}" "${cliPath}" ${small.join(' ')} --out stdout`;
    const piped = spawnSync('sh', ['-c', `${run} | cat`], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(piped.stdout).scenario.name).toBe('baseline');
    const redirected = spawnSync('sh', ['-c', `${run} > shell.txt; echo "rc=$?"`], { cwd: dir, encoding: 'utf8' });
    expect(redirected.stdout).toBe('rc=0\n');
    expect(JSON.parse(readFileSync(join(dir, 'shell.txt'), 'utf8')).scenario.name).toBe('baseline');
    expect(lstatSync(join(dir, 'stdout')).isSymbolicLink()).toBe(true);
  });

  it.runIf(isRoot)('writes to a character device (a null and a full device made with mknod here) without replacing it', () => {
    expect(spawnSync('mknod', [join(dir, 'null'), 'c', '1', '3']).status).toBe(0);
    expect(spawnSync('mknod', [join(dir, 'full'), 'c', '1', '7']).status).toBe(0);
    expect(cli([...small, '--out', 'null'])).toMatchObject({ code: 0, out: '', err: '' });
    expect(statSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
    const full = cli([...small, '--out', 'full']);
    expect(full.code).toBe(1);
    expect(full.err).toBe('cable1957: full: cannot write the file (ENOSPC)\n');
    expect(statSync(join(dir, 'full')).isCharacterDevice()).toBe(true);
    expect(temps()).toEqual([]);
  });
});

describe('--out keeps the file it replaces as it was: mode and owner (D17)', () => {
  it('keeps a mode-600 file at 600', () => {
    writeFileSync(join(dir, 'private.json'), 'secret\n', { mode: 0o600 });
    chmodSync(join(dir, 'private.json'), 0o600);
    expect(cli([...small, '--out', 'private.json']).code).toBe(0);
    expect(statSync(join(dir, 'private.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'private.json'), 'utf8')).toContain('"baseline"');
  });

  it.runIf(isRoot)('keeps the owner and group of a file run as root replaces', () => {
    writeFileSync(join(dir, 'theirs.json'), 'old\n');
    chownSync(join(dir, 'theirs.json'), nobody, nobody);
    chmodSync(join(dir, 'theirs.json'), 0o640);
    expect(cli([...small, '--out', 'theirs.json']).code).toBe(0);
    const s = statSync(join(dir, 'theirs.json'));
    expect([s.uid, s.gid, s.mode & 0o777]).toEqual([nobody, nobody, 0o640]);
  });

  it('case --save keeps the mode too', () => {
    writeFileSync(join(dir, 'save.json'), '{}\n', { mode: 0o600 });
    chmodSync(join(dir, 'save.json'), 0o600);
    expect(cli(['case', 'koreanCitizenInChina', '--events', 'authorities.screen', '--save', 'save.json']).code).toBe(0);
    expect(statSync(join(dir, 'save.json')).mode & 0o777).toBe(0o600);
  });
});

describe('an output path that cannot be written is refused before the run (D4)', () => {
  mkdirSync(join(dir, 'adir'));
  writeFileSync(join(dir, 'afile'), '');
  it.each([
    [['--out', 'nodir/x.json'], 'cable1957: simulate: --out nodir/x.json: no directory "nodir"'],
    [['--out', 'adir'], 'cable1957: simulate: --out adir: is a directory; name a file'],
    [['--out', ''], 'cable1957: simulate: --out "": an empty path; name a file'],
    [['--out', 'newdir/'], 'cable1957: simulate: --out newdir/: names a directory; name a file'],
    [['--out', 'afile/x'], 'cable1957: simulate: --out afile/x: a part of the path is not a directory'],
    [['--out', '/proc/x'], 'cable1957: simulate: --out /proc/x: cannot create a file in "/proc" (ENOENT)'],
  ])('simulate %j: exit 2, one line naming the path, at once, nothing left', (flags, message) => {
    const before = readdirSync(dir).sort();
    // The scenario would run for hours: only a check made before the run can answer in time.
    const r = cli(['simulate', '--scenario', endless, '--quiet', ...flags], { timeout: 20_000 });
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${message}\n`);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('refuses a directory it may not write in (as another user when run as root)', () => {
    mkdirSync(join(dir, 'ro'));
    chmodSync(join(dir, 'ro'), 0o555);
    const r = cli(['simulate', '--scenario', endless, '--quiet', '--out', 'ro/x.json'], { timeout: 20_000, ...(isRoot ? { uid: nobody } : {}) });
    expect(r.code).toBe(2);
    expect(r.err).toBe('cable1957: simulate: --out ro/x.json: cannot create a file in "ro" (EACCES)\n');
    expect(readdirSync(join(dir, 'ro'))).toEqual([]);
  });

  it.each([
    [['case', 'koreanCitizenInChina', '--events', 'authorities.screen', '--save', 'nodir/s.json'], 'cable1957: case: --save nodir/s.json: no directory "nodir"'],
    [['case', 'koreanCitizenInChina', '--save', 'adir'], 'cable1957: case: --save adir: is a directory; name a file'],
    [['diagram', 'koreanCitizenInChina', '--out', 'nodir/d.mmd'], 'cable1957: diagram: --out nodir/d.mmd: no directory "nodir"'],
    [['export-log', '--format', 'csv', '--out', 'nodir/l.csv'], 'cable1957: export-log: --out nodir/l.csv: no directory "nodir"'],
    [['merge', 'missing.json', '--out', 'adir'], 'cable1957: merge: --out adir: is a directory; name a file'],
  ])('%j: exit 2 and one line naming the flag and the path', (args, message) => {
    const before = readdirSync(dir).sort();
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${message}\n`);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
