import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenario/loadScenario.js';
import { cliInTempDir } from '../../support/cliInTempDir.js';
import { cliPath } from '../../support/spawnCli.js';

const { dir, cli } = cliInTempDir('cable1957-calibrate-');

// A small scenario: only Chinese crossers after the cable (the other kinds are not measured, so
// calibrate runs none of them), one record check for calibration and one held out.
const scenario = (extra = '') => `name: small
seed: 5
startDate: 1958-01-01
horizonDays: 730
population:
  chineseResidentInKorea: { count: 300, crossedAfterCableShare: 1 }
  koreanCitizenInChina: { count: 100 }
  emigrationApplication: { count: 100 }
durations:
  handover: { dist: lognormal, median: 60, p90: 180 }
record:
  - id: not-all-back
    source: "a test"
    says: "about half went back"
    measure: { kind: chineseResidentInKorea, outcome: repatriated }
    expect: { between: [0.3, 0.6] }
    use: calibration
  - id: slowly
    source: "a test"
    says: "not within a month"
    measure: { kind: chineseResidentInKorea, outcome: repatriated, within: 30 }
    expect: { atMost: 0.2 }
    use: validation
${extra}`;
const calibrateBlock = `calibrate:
  probabilities.koreaHandsOver: [0, 1]
  durations.handover.median: [7, 365]
`;
writeFileSync(join(dir, 'small.yaml'), scenario(calibrateBlock));

/** The files in the temporary directory besides the inputs the tests wrote. */
const outputs = () => readdirSync(dir).filter((f) => !/^(small|bad-.*)\.yaml$/.test(f)).sort();

describe('cable1957 calibrate (process)', () => {
  it('--help says what calibration can and cannot tell', () => {
    const r = cli('calibrate', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: cable1957 calibrate/);
    expect(r.out).toContain('What it cannot');
    expect(r.out).toContain('not historical certainty');
    expect(r.out).toMatch(/--replications N +replications per point \(default 1: each check's interval is a Wilson/);
  });

  describe('bad input: one line on stderr, exit code 2, no file left behind', () => {
    const bad: [string, string, string[], RegExp][] = [
      ['a record with no calibration check', scenario(calibrateBlock).replace('use: calibration', 'use: validation'), [], /: record: no check with "use: calibration"/],
      ['an empty calibrate', scenario('calibrate: {}\n'), [], /: calibrate: empty; name the assumptions to move/],
      ['a scenario without calibrate', scenario(), [], /: calibrate: empty/],
      ['an unknown calibrate key', scenario(`calibrate:\n  probabilities.nope: [0, 1]\n`), [], /bad-\d+\.yaml: calibrate\.probabilities\.nope: found no such assumption/],
      ['a calibrate range with lo > hi', scenario(`calibrate:\n  probabilities.koreaHandsOver: [0.9, 0.1]\n`), [], /calibrate\.probabilities\.koreaHandsOver: found \[0\.9, ?0\.1\], expected .*lo(w)? < hi(gh)?$/],
      ['a median of a non-lognormal duration', scenario(`calibrate:\n  durations.screening.median: [1, 9]\n`), [], /calibrate\.durations\.screening\.median: found no such assumption, expected a lognormal duration/],
      ['a record check of an unknown kind', scenario(calibrateBlock).replace('measure: { kind: chineseResidentInKorea, outcome: repatriated }', 'measure: { kind: nobody, outcome: repatriated }'), [], /bad-\d+\.yaml: record\[0\]\.measure\.kind: found "nobody", expected one of /],
      ['a record check with a bad expectation', scenario(calibrateBlock).replace('{ between: [0.3, 0.6] }', '{ between: [0.6, 0.3] }'), [], /bad-\d+\.yaml: record\[0\]\.expect\.between: found \[0\.6,0\.3\], expected a pair \[low, high\] with low ≤ high$/],
      ['a record check of an outcome the kind lacks', scenario(calibrateBlock).replace('outcome: repatriated }', 'outcome: flewAway }'), [], /bad-\d+\.yaml: record\[0\]\.measure\.outcome: "flewAway" is not an outcome of chineseResidentInKorea/],
      ['--points 0', scenario(calibrateBlock), ['--points', '0'], /^cable1957: calibrate: --points must be an integer from 1 to 100000; got "0"$/],
      ['--epsilon 2', scenario(calibrateBlock), ['--epsilon', '2'], /^cable1957: calibrate: --epsilon must be a share in \(0, 1\], e\.g\. 0\.05; got "2"$/],
      ['--epsilon NaN', scenario(calibrateBlock), ['--epsilon', 'NaN'], /--epsilon must be a share/],
      ['--replications 0', scenario(calibrateBlock), ['--replications', '0'], /--replications must be an integer from 1 to 100000/],
      ['--workers 65', scenario(calibrateBlock), ['--workers', '65'], /--workers must be an integer from 1 to 64/],
      ['--seed -1', scenario(calibrateBlock), ['--seed', '-1'], /--seed/],
      ['--format csv', scenario(calibrateBlock), ['--format', 'csv'], /^cable1957: calibrate: --format must be one of table, json; got "csv"$/],
      ['an unknown flag', scenario(calibrateBlock), ['--engine', 'xstate'], /^cable1957: calibrate: Unknown option '--engine'/],
      ['--out and --scenario-out the same file', scenario(calibrateBlock), ['--out', 'x.yaml', '--scenario-out', 'x.yaml'], /--out and --scenario-out are the same file/],
      ['--scenario-out in a missing directory', scenario(calibrateBlock), ['--scenario-out', 'nowhere/x.yaml'], /^cable1957: calibrate: --scenario-out nowhere\/x\.yaml: /],
      ['--out in a missing directory', scenario(calibrateBlock), ['--out', 'nowhere/r.txt'], /^cable1957: calibrate: --out nowhere\/r\.txt: /],
    ];
    bad.forEach(([what, text, flags, message], i) => {
      it(what, () => {
        const file = `bad-${i}.yaml`;
        writeFileSync(join(dir, file), text);
        const r = cli('calibrate', '--scenario', file, ...(flags.includes('--points') ? [] : ['--points', '4']), ...flags);
        expect(r.code).toBe(2);
        expect(r.err.split('\n')).toHaveLength(2);
        expect(r.err.trimEnd()).toMatch(message);
        expect(r.out).toBe('');
        expect(outputs()).toEqual([]);
      });
    });

    it('a scenario with nothing to calibrate (it inherits none of the baseline\'s checks)', () => {
      writeFileSync(join(dir, 'plain.yaml'), 'name: plain\n');
      const r = cli('calibrate', '--scenario', 'plain.yaml', '--points', '4');
      rmSync(join(dir, 'plain.yaml'));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^cable1957: plain\.yaml: (record|calibrate): [^\n]*\n$/);
      expect(outputs()).toEqual([]);
    });
  });

  describe('a run', () => {
    const clean = () => {
      for (const f of outputs()) rmSync(join(dir, f), { force: true });
    };
    const withoutTiming = (json: string) => ({ ...JSON.parse(json), timing: null });

    it('writes the calibrated scenario beside the current directory by default, and says so on stderr', () => {
      clean();
      const r = cli('calibrate', '--scenario', 'small.yaml', '--points', '12');
      expect(r.code).toBe(0);
      expect(r.err).toBe('cable1957: calibrated scenario written to small.calibrated.yaml (run it with: cable1957 simulate --scenario small.calibrated.yaml)\n');
      expect(r.out).toMatch(/^calibrate small — seed 5, 12 points \(Latin hypercube\), 1 replication per point, engine compiled\naccepted: \d+ of 12 /);
      expect(r.out).toMatch(/\n[\d,]+ cases in [\d.]+ s: [\d,]+ cases\/s\n/);
      expect(r.out).toContain('not historical certainty');
      expect(outputs()).toEqual(['small.calibrated.yaml']);
    });

    it('gives byte-identical JSON (but for timing) and scenario for --workers 1 and 2; the scenario loads back and runs', () => {
      clean();
      const one = cli('calibrate', '--scenario', 'small.yaml', '--points', '16', '--format', 'json', '--scenario-out', 'one.yaml', '--workers', '1');
      const two = cli('calibrate', '--scenario', 'small.yaml', '--points', '16', '--format', 'json', '--scenario-out', 'two.yaml', '--workers', '2');
      expect([one.code, two.code]).toEqual([0, 0]);
      expect(withoutTiming(two.out)).toEqual(withoutTiming(one.out));
      expect(JSON.stringify(withoutTiming(two.out))).toBe(JSON.stringify(withoutTiming(one.out)));
      const text = readFileSync(join(dir, 'one.yaml'), 'utf8');
      expect(readFileSync(join(dir, 'two.yaml'), 'utf8')).toBe(text);
      const result = JSON.parse(one.out);
      const calibrated = loadScenario(text, 'one.yaml');
      expect(calibrated.name).toBe('small-calibrated');
      expect(calibrated.probabilities.koreaHandsOver).toBe(result.chosen.values['probabilities.koreaHandsOver']);
      expect(calibrated.durations.handover).toMatchObject({ dist: 'lognormal', median: result.chosen.values['durations.handover.median'] });
      // The unmeasured kinds ran with no cases during calibration; the scenario keeps their counts.
      expect(calibrated.population['koreanCitizenInChina']?.['count']).toBe(100);
      expect(calibrated.calibrated).toMatchObject({ from: 'small', checks: ['not-all-back'], heldOut: ['slowly'], points: 16, accepted: result.accepted, seed: 5, replicationsPerPoint: 1 });
      expect(Object.keys(calibrated.calibrated!.posterior)).toEqual(['probabilities.koreaHandsOver', 'durations.handover.median']);
      const run = cli('simulate', '--scenario', 'one.yaml', '--replications', '2', '--format', 'json');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.out).scenario.calibrated.from).toBe('small');
    });

    it('--seed changes the design; --out writes the report to a file and nothing to stdout', () => {
      clean();
      const a = cli('calibrate', '--scenario', 'small.yaml', '--points', '6', '--format', 'json', '--seed', '9', '--out', 'r.json');
      expect(a.code).toBe(0);
      expect(a.out).toBe('');
      const b = cli('calibrate', '--scenario', 'small.yaml', '--points', '6', '--format', 'json', '--seed', '10');
      const ra = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
      expect(ra.seed).toBe(9);
      expect(ra.design).not.toEqual(JSON.parse(b.out).design);
    });

    it('SIGTERM mid-run: exit 143, no report, no scenario, no temporary file', async () => {
      clean();
      const child = spawn(process.execPath, [cliPath, 'calibrate', '--scenario', 'small.yaml', '--points', '100000', '--out', 'r.txt'], { cwd: dir });
      await new Promise((r) => setTimeout(r, 1500));
      const code = await new Promise<number | null>((resolve) => {
        child.once('exit', (c) => resolve(c));
        child.kill('SIGTERM');
      });
      expect(code).toBe(143);
      expect(outputs()).toEqual([]);
      expect(existsSync(join(dir, 'small.calibrated.yaml'))).toBe(false);
    });
  });
});
