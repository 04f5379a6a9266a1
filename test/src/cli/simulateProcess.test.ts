import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { progressBar } from '../../../src/cli/progressBar.js';

const cliPath = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cable1957-sim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('cable1957 simulate (process)', () => {
  it('runs the baseline by default and prints the table, with no progress bar when not on a terminal', () => {
    const r = cli('simulate', '--replications', '2');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^baseline — seed 1957, 2 replications, engine compiled/);
    expect(r.out).toMatch(/chineseResidentInKorea — 1,000 cases × 2 replications/);
    expect(r.err).toBe('');
  });

  it('reads a scenario file, overrides seed, replications and readings, and writes CSV to --out', () => {
    writeFileSync(join(dir, 'mine.yaml'), 'name: mine\npopulation: { chineseResidentInKorea: { count: 50 } }\n');
    const r = cli('simulate', '--scenario', 'mine.yaml', '--seed', '9', '--replications', '3', '--readings', 'postCableCrossings=sameAsEarlierCrossers', '--format', 'csv', '--out', 'r.csv');
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const csv = readFileSync(join(dir, 'r.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('kind,outcome,count,share,ci95_low,ci95_high,mean_days,median_days,p90_days');
    const json = JSON.parse(cli('simulate', '--scenario', 'mine.yaml', '--seed', '9', '--replications', '3', '--readings', 'postCableCrossings=sameAsEarlierCrossers', '--format', 'json').out);
    expect(json.scenario).toMatchObject({ name: 'mine', seed: 9, replications: 3, readings: { postCableCrossings: 'sameAsEarlierCrossers' } });
    expect(json.outcomes.chineseResidentInKorea.repatriated.count + json.outcomes.chineseResidentInKorea.passportIssued.count).toBeLessThanOrEqual(150);
  });

  it('--shard i/N and merge give exactly the unsharded JSON', () => {
    const whole = cli('simulate', '--replications', '5', '--format', 'json').out;
    for (const i of [1, 2]) expect(cli('simulate', '--replications', '5', '--shard', `${i}/2`, '--out', `p${i}.json`).code).toBe(0);
    expect(cli('merge', 'p2.json', 'p1.json', '--format', 'json').out).toBe(whole);
  });

  it('--check runs every case under the invariant monitors', () => {
    const r = cli('simulate', '--check', '--replications', '2', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).engine).toBe('xstate+check');
    expect(cli('simulate', '--check', '--engine', 'compiled').err).toBe('cable1957: simulate: --check runs the monitored XState engine; drop --engine\n');
  });

  it('prints an embedded scenario with its sources', () => {
    const r = cli('simulate', '--scenario', 'exodus1961', '--print-scenario');
    expect(r.out).toMatch(/^# cable1957 scenario: the 1961-62 exodus/);
    expect(r.out).toContain('28,028 crossers');
  });

  describe('bad input: one line on stderr, exit code 2, no partial file', () => {
    writeFileSync(join(dir, 'bad.yaml'), 'name: bad\nprobabilities:\n  agreesToReturn: 1.7\n');
    writeFileSync(join(dir, 'broken.yaml'), 'name: [unclosed\n');
    it.each([
      [['simulate', '--scenario', 'bad.yaml', '--out', 'x.json'], 'cable1957: bad.yaml: probabilities.agreesToReturn: found 1.7, expected a probability in [0, 1]'],
      [['simulate', '--scenario', 'broken.yaml'], 'cable1957: broken.yaml: not valid YAML or JSON (line 2, column 1): Flow sequence in block collection must be sufficiently indented and end with a ]'],
      [['simulate', '--scenario', 'missing'], 'cable1957: simulate: --scenario: no file "missing" and no embedded scenario of that name (embedded: baseline, exodus1961)'],
      [['simulate', '--workers', '0'], 'cable1957: simulate: --workers must be an integer from 1 to 64; got "0"'],
      [['simulate', '--replications', 'many'], 'cable1957: simulate: --replications must be an integer from 1 to 100000; got "many"'],
      [['simulate', '--shard', '3/2'], 'cable1957: simulate: --shard must be i/N with 1 <= i <= N <= 100000; got "3/2"'],
      [['simulate', '--format', 'xml'], 'cable1957: simulate: --format must be one of table, json, csv, html; got "xml"'],
      [['simulate', '--engine', 'warp'], 'cable1957: simulate: --engine must be one of compiled, xstate, xstate+check'],
      [['simulate', '--readings', 'postCableCrossings=never'], 'cable1957: --readings: reading "postCableCrossings" has no option "never"'],
      [['merge', 'nothing.json'], 'cable1957: nothing.json: cannot read the file (ENOENT)'],
    ])('%j', (args, message) => {
      const before = readdirSync(dir).sort();
      const r = cli(...args);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`${r.err.split('\n')[0]}\n`);
      expect(r.err).toContain(message);
      expect(readdirSync(dir).sort()).toEqual(before);
    });
  });

  it('Ctrl-C stops cleanly: exit code 130, a message, no output file', async () => {
    const child = spawn(process.execPath, [cliPath, 'simulate', '--scenario', 'exodus1961', '--replications', '200', '--out', 'never.json'], { cwd: dir });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(err).toContain('interrupted');
    expect(readdirSync(dir).filter((f) => f.includes('never'))).toEqual([]);
  });
});

describe('progressBar', () => {
  it('shows the share done, replications, cases/s and ETA, and clears itself', () => {
    let written = '';
    const bar = progressBar({ write: (s: string) => ((written += s), true) } as unknown as NodeJS.WriteStream);
    bar.update({ replicationsDone: 1, replications: 4, casesDone: 500, casesTotal: 2000, elapsedMs: 1000 });
    expect(written).toMatch(/\r█{6}░{18}  25%  replications 1\/4  500 cases\/s  ETA 3 s/);
    bar.done();
    expect(written.endsWith('\r\x1b[2K')).toBe(true);
  });
});
