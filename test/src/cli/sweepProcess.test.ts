import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInTempDir } from '../../support/cliInTempDir.js';
import { smallSweep, smallSweepScenario } from '../../support/smallSweep.js';

const { dir, cli } = cliInTempDir('cable1957-sweep-');

// The small inline scenario of test/support/smallSweep.ts, so a sweep of 20 points takes well
// under a second.
const scenario = smallSweepScenario();
const lhs = smallSweep();
writeFileSync(join(dir, 'lhs.yaml'), lhs);
const grid = `${scenario}grid:
  probabilities.koreaHandsOver: [0.2, 0.8]
  population.emigrationApplication.count: [10, 30]
targets: [{ kind: emigrationApplication, outcome: departed, halfWidth: 0.05 }]
maxReplications: 30
`;
writeFileSync(join(dir, 'grid.yaml'), grid);

/** Files in the directory besides the inputs the tests wrote. */
const outputs = () => readdirSync(dir).filter((f) => !/^(lhs|grid|bad-\d+)\.yaml$/.test(f)).sort();
const clean = () => {
  for (const f of outputs()) rmSync(join(dir, f), { force: true });
};

describe('cable1957 sweep (process)', () => {
  it('--help shows the file format, the stopping rule and the columns', () => {
    const r = cli('sweep', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: cable1957 sweep FILE/);
    expect(r.out).toContain('common random numbers');
    expect(r.out).toContain('maxReplications');
    expect(r.out).toMatch(/targets:[^\n]*\n +- \{ kind: chineseResidentInKorea, outcome: repatriated, halfWidth: 0\.01 \}/);
    expect(r.out).toContain('half_width');
  });

  describe('bad input: one line on stderr naming the file and the key, exit code 2, no file left behind', () => {
    const base = `${scenario}`;
    const bad: [string, string, string[], RegExp][] = [
      ['an unknown top-level key', `${base}grd: { probabilities.koreaHandsOver: [0, 1] }\n`, [], /bad-\d+\.yaml: unknown key "grd"; expected one of: /],
      ['an unknown key to sweep', `${base}grid: { probabilities.nope: [0, 1] }\n`, [], /bad-\d+\.yaml: grid\.probabilities\.nope: found no such assumption, expected a probability key/],
      ['a grid value out of range', `${base}grid: { probabilities.koreaHandsOver: [0, 1.5] }\n`, [], /bad-\d+\.yaml: grid\.probabilities\.koreaHandsOver: found \[0, 1\.5\], expected a range within \[0, 1\]$/],
      ['a range with lo > hi', `${base}points: 4\nranges: { probabilities.koreaHandsOver: [0.9, 0.1] }\n`, [], /bad-\d+\.yaml: ranges\.probabilities\.koreaHandsOver: found \[0\.9, 0\.1\], expected lo < hi$/],
      ['a range that is not a pair', `${base}points: 4\nranges: { durations.handover.median: [7] }\n`, [], /ranges\.durations\.handover\.median: found \[7\], expected \[lo, hi\]/],
      ['a grid of one value', `${base}grid: { probabilities.koreaHandsOver: [0.5] }\n`, [], /grid\.probabilities\.koreaHandsOver: found \[0\.5\], expected a list of two or more/],
      ['a count that is not whole', `${base}grid: { population.emigrationApplication.count: [10, 20.5] }\n`, [], /grid\.population\.emigrationApplication\.count: found \[10,20\.5\], expected whole numbers/],
      ['both a grid and points', `${base}grid: { probabilities.koreaHandsOver: [0, 1] }\npoints: 3\n`, [], /bad-\d+\.yaml: the design: give either grid/],
      ['no design', base, [], /bad-\d+\.yaml: the design: give either grid/],
      ['a target of an unknown kind', `${base}grid: { probabilities.koreaHandsOver: [0, 1] }\ntargets: [{ kind: nobody, outcome: repatriated, halfWidth: 0.01 }]\n`, [], /bad-\d+\.yaml: targets\[0\]\.kind: found "nobody", expected a case kind \(/],
      ['a target of an unknown outcome', `${base}grid: { probabilities.koreaHandsOver: [0, 1] }\ntargets: [{ kind: chineseResidentInKorea, outcome: flewAway, halfWidth: 0.01 }]\n`, [], /targets\[0\]\.outcome: found "flewAway", expected an outcome of chineseResidentInKorea \(repatriated, /],
      ['a zero halfWidth', `${base}grid: { probabilities.koreaHandsOver: [0, 1] }\ntargets: [{ kind: chineseResidentInKorea, outcome: repatriated, halfWidth: 0 }]\n`, [], /targets\[0\]\.halfWidth: found 0, expected a share in \(0, 1\]/],
      ['a negative halfWidth', `${base}grid: { probabilities.koreaHandsOver: [0, 1] }\ntargets: [{ kind: chineseResidentInKorea, outcome: repatriated, halfWidth: -0.1 }]\n`, [], /targets\[0\]\.halfWidth: found -0\.1, expected a share/],
      ['an unknown record check', `${base}grid: { probabilities.koreaHandsOver: [0, 1] }\ntargets: [{ check: nope, halfWidth: 1 }]\n`, [], /targets\[0\]\.check: found "nope", expected a record check of the scenario \(not-all-back\)/],
      ['an unknown key in a target', `${base}grid: { probabilities.koreaHandsOver: [0, 1] }\ntargets: [{ kind: chineseResidentInKorea, outcome: repatriated, halfWidth: 0.1, hw: 1 }]\n`, [], /targets\[0\]: unknown key "hw"; a target has kind, outcome, halfWidth$/],
      ['batch 0', `${base}grid: { probabilities.koreaHandsOver: [0, 1] }\nbatch: 0\n`, [], /bad-\d+\.yaml: batch: found 0, expected an integer from 1 to 10000$/],
      ['a bad base scenario', `scenario: { name: s, probabilities: { koreaHandsOver: 2 } }\ngrid: { probabilities.koreaHandsOver: [0, 1] }\n`, [], /bad-\d+\.yaml: scenario: probabilities\.koreaHandsOver: found 2, expected a probability in \[0, 1\]$/],
      ['an unknown base scenario', `scenario: nowhere\ngrid: { probabilities.koreaHandsOver: [0, 1] }\n`, [], /scenario: found "nowhere", expected an embedded scenario \(baseline, /],
      ['not YAML', 'grid: [\n', [], /bad-\d+\.yaml: not valid YAML or JSON \(line \d+, column \d+\)/],
      ['--workers 0', `${base}grid: { probabilities.koreaHandsOver: [0, 1] }\n`, ['--workers', '0'], /^cable1957: sweep: --workers must be an integer from 1 to 64; got "0"$/],
      ['--format html', `${base}grid: { probabilities.koreaHandsOver: [0, 1] }\n`, ['--format', 'html'], /^cable1957: sweep: --format must be one of csv, json, table; got "html"$/],
      ['--out in a missing directory', `${base}grid: { probabilities.koreaHandsOver: [0, 1] }\n`, ['--out', 'nowhere/r.csv'], /^cable1957: sweep: --out nowhere\/r\.csv: /],
    ];
    bad.forEach(([what, text, flags, message], i) => {
      it(what, () => {
        clean();
        const file = `bad-${i}.yaml`;
        writeFileSync(join(dir, file), text);
        const r = cli('sweep', file, ...(flags.includes('--out') ? [] : ['--out', 'out.csv']), ...flags);
        expect(r.code).toBe(2);
        expect(r.err.split('\n')).toHaveLength(2);
        expect(r.err.trimEnd()).toMatch(message);
        expect(r.out).toBe('');
        expect(outputs()).toEqual([]);
      });
    });

    it('no file, or two', () => {
      expect(cli('sweep').err).toBe('cable1957: sweep: name the sweep file (see "cable1957 sweep --help")\n');
      const r = cli('sweep', 'lhs.yaml', 'grid.yaml');
      expect([r.code, r.err]).toEqual([2, 'cable1957: sweep: one sweep file, got 2: lhs.yaml grid.yaml (see "cable1957 sweep --help")\n']);
    });
  });

  describe('a run', () => {
    it('finishes a 20-point sweep with half-width targets: tidy CSV, one row per point × kind × outcome, then the checks', () => {
      clean();
      const r = cli('sweep', 'lhs.yaml', '--out', 'lhs.csv');
      expect([r.code, r.err, r.out]).toEqual([0, '', '']);
      const [outcomes, checks] = readFileSync(join(dir, 'lhs.csv'), 'utf8').split('\r\n\r\n');
      const rows = outcomes!.split('\r\n');
      expect(rows[0]).toBe('point,probabilities.koreaHandsOver,durations.handover.median,kind,outcome,replications,share,ci95_low,ci95_high,half_width,median_days,stopped');
      // 20 points × (3 outcomes of crossers, 2 of applications, each with (open)): a kind with no cases has no rows.
      expect(rows.slice(1)).toHaveLength(20 * 7);
      expect(rows.slice(1, 8).map((line) => line.split(',').slice(3, 5).join(' '))).toEqual([
        'chineseResidentInKorea repatriated',
        'chineseResidentInKorea passportIssued',
        'chineseResidentInKorea citizenshipRenounced',
        'chineseResidentInKorea (open)',
        'emigrationApplication rejected',
        'emigrationApplication departed',
        'emigrationApplication (open)',
      ]);
      const byPoint = new Map(rows.slice(1).map((line) => line.split(',')).map((f) => [f[0], { reps: Number(f[5]), stopped: f[11] }]));
      expect([...byPoint.keys()]).toEqual(Array.from({ length: 20 }, (_, i) => String(i)));
      for (const { reps, stopped } of byPoint.values()) {
        expect(['target', 'max']).toContain(stopped);
        expect(reps % 4 === 0 || reps === 40).toBe(true);
        if (stopped === 'max') expect(reps).toBe(40);
      }
      const repatriated = rows.slice(1).map((line) => line.split(',')).filter((f) => f[4] === 'repatriated');
      for (const f of repatriated) if (f[11] === 'target') expect(Number(f[9])).toBeLessThanOrEqual(0.03);
      const checkRows = checks!.trimEnd().split('\r\n');
      expect(checkRows[0]).toBe('point,probabilities.koreaHandsOver,durations.handover.median,check,replications,estimate,ci95_low,ci95_high,half_width,verdict,stopped');
      expect(checkRows.slice(1)).toHaveLength(20);
    });

    it('gives byte-identical CSV and JSON for --workers 1 and 2, and the same stopping points', () => {
      clean();
      for (const w of ['1', '2']) {
        expect(cli('sweep', 'lhs.yaml', '--workers', w, '--out', `w${w}.csv`).code).toBe(0);
        expect(cli('sweep', 'grid.yaml', '--workers', w, '--format', 'json', '--out', `w${w}.json`).code).toBe(0);
      }
      expect(readFileSync(join(dir, 'w2.csv'), 'utf8')).toBe(readFileSync(join(dir, 'w1.csv'), 'utf8'));
      expect(readFileSync(join(dir, 'w2.json'), 'utf8')).toBe(readFileSync(join(dir, 'w1.json'), 'utf8'));
      const json = JSON.parse(readFileSync(join(dir, 'w1.json'), 'utf8'));
      expect(json.format).toBe('cable1957.sweep/1');
      expect(json.design).toBe('grid');
      // The grid: every combination, the first key slowest.
      expect(json.points.map((p: { values: Record<string, number> }) => Object.values(p.values))).toEqual([
        [0.2, 10],
        [0.2, 30],
        [0.8, 10],
        [0.8, 30],
      ]);
    });

    it('reads a base scenario file relative to the sweep file, not the current directory', () => {
      clean();
      mkdirSync(join(dir, 'sub'), { recursive: true });
      writeFileSync(join(dir, 'sub', 'base.yaml'), scenario.replace(/^scenario:\n/, '').replace(/^  /gm, ''));
      writeFileSync(join(dir, 'sub', 'sweep.yaml'), `scenario: base.yaml\n${grid.slice(scenario.length)}`);
      const r = cli('sweep', 'sub/sweep.yaml', '--format', 'json');
      rmSync(join(dir, 'sub'), { recursive: true });
      expect([r.code, r.err]).toEqual([0, '']);
      const inline = cli('sweep', 'grid.yaml', '--format', 'json');
      expect(JSON.parse(r.out).rows).toEqual(JSON.parse(inline.out).rows);
    });

    it('prints a short table with --format table, and a different --seed gives other numbers', () => {
      clean();
      const r = cli('sweep', 'grid.yaml', '--format', 'table');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^sweep small — seed 5, 4 points \(grid\), batches of 5, at most 30 replications, engine compiled\n/);
      expect(r.out).toMatch(/\n *point +koreaHandsOver +emigrationApplication\.count +reps +stopped +emigrationApplication departed\n/);
      expect(r.out).toMatch(/\d+ of 4 points met every target; \d+ stopped at maxReplications\n/);
      const a = cli('sweep', 'grid.yaml', '--seed', '6').out;
      expect(a).not.toBe(cli('sweep', 'grid.yaml').out);
      expect(cli('sweep', 'grid.yaml', '--seed', '6').out).toBe(a);
    });
  });
});
