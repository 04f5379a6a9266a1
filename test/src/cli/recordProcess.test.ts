import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDigest } from '../../../src/io/contentDigest.js';
import { cliInTempDir } from '../../support/cliInTempDir.js';
import { cliPath } from '../../support/spawnCli.js';

const { dir, cli } = cliInTempDir('cable1957-record-');

const scenarioText = `name: record-test
startDate: 1961-04-01
horizonDays: 365
replications: 4
population:
  chineseResidentInKorea: { count: 400, crossedAfterCableShare: 1.0 }
  koreanCitizenInChina: { count: 50 }
  emigrationApplication: { count: 100 }
probabilities: { koreaHandsOver: 1.0 }
record:
  - id: not-forced-back
    source: "a test source, 12 May 1961"
    says: "could not force them to return"
    measure: { kind: chineseResidentInKorea, outcome: repatriated, by: 1962-03-31 }
    expect: { atMost: 0.5 }
    use: calibration
  - id: slow
    source: "a test source"
    says: "too slow"
    measure: { kind: emigrationApplication, outcome: departed, quantile: 0.5 }
    expect: { atLeast: 30 }
    use: validation
calibrate:
  probabilities.koreaHandsOver: [0, 1]
`;
writeFileSync(join(dir, 'rec.yaml'), scenarioText);

describe('simulate shows model vs record (process)', () => {
  it('prints each check with the model estimate, its interval, the expectation and a verdict', () => {
    const r = cli('simulate', '--scenario', 'rec.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Model vs record');
    expect(r.out).toMatch(/INCONSISTENT {2}not-forced-back \[calibration\]\n {4}share of chineseResidentInKorea repatriated by 1962-03-31: model \d+\.\d% \(95% CI [\d.]+%–[\d.]+%\); the record: at most 50\.0%/);
    expect(r.out).toMatch(/CONSISTENT {2}slow \[validation\]/);
    expect(r.out).toContain('never a reason to edit a machine');
  });

  it('puts the checks in the JSON (record array) and in CSV (a second table)', () => {
    const json = JSON.parse(cli('simulate', '--scenario', 'rec.yaml', '--format', 'json').out);
    expect(json.record.map((c: { id: string; verdict: string }) => [c.id, c.verdict])).toEqual([
      ['not-forced-back', 'inconsistent'],
      ['slow', 'consistent'],
    ]);
    expect(json.record[0].model.ci95).toHaveLength(2);
    const csv = cli('simulate', '--scenario', 'rec.yaml', '--format', 'csv').out.split('\r\n');
    const blank = csv.indexOf('');
    expect(csv[0]).toMatch(/^kind,outcome,/);
    expect(csv[blank + 1]).toBe('check,use,measure,estimate,ci95_low,ci95_high,expect,verdict,says,source');
    expect(csv[blank + 2]).toMatch(/^not-forced-back,calibration,share of chineseResidentInKorea repatriated by 1962-03-31,[\d.]+,[\d.]+,[\d.]+,at most 50\.0%,inconsistent,/);
  });

  it('gives byte-identical JSON for 1 and 2 workers, and merged shards equal one run', () => {
    const one = cli('simulate', '--scenario', 'rec.yaml', '--format', 'json').out;
    expect(cli('simulate', '--scenario', 'rec.yaml', '--format', 'json', '--workers', '2').out).toBe(one);
    for (const i of [1, 2]) expect(cli('simulate', '--scenario', 'rec.yaml', '--shard', `${i}/2`, '--out', `part${i}.json`).code).toBe(0);
    const merged = cli('merge', 'part1.json', 'part2.json', '--format', 'json');
    expect(merged.code).toBe(0);
    expect(merged.out).toBe(one);
  });

  it.each([
    ['more counted than its n', (c: Record<string, number>) => (c['k'] = c['n']! + 1), /checks\.not-forced-back\.k: \d+ cases counted, more than its n = \d+/],
    ['a check the scenario lacks', (c: Record<string, number>, all: Record<string, unknown>) => (all['made-up'] = c), /checks\.made-up: not a record check of the scenario/],
    ['a missing check', (_c: Record<string, number>, all: Record<string, unknown>) => delete all['not-forced-back'], /checks\.not-forced-back: missing; the scenario's record checks this kind/],
  ])('refuses a partial with %s in its record-check counts, naming the field (digest resealed)', (_name, edit, message) => {
    cli('simulate', '--scenario', 'rec.yaml', '--shard', '1/2', '--out', 'p1.json');
    cli('simulate', '--scenario', 'rec.yaml', '--shard', '2/2', '--out', 'p2.json');
    const { digest: _, ...p } = JSON.parse(readFileSync(join(dir, 'p1.json'), 'utf8'));
    const all = p.reps[0].kinds.chineseResidentInKorea.checks;
    edit(all['not-forced-back'], all);
    // Resealed, so that the structural check, not the digest, must catch it.
    writeFileSync(join(dir, 'bad1.json'), JSON.stringify({ ...p, digest: contentDigest(p) }));
    const r = cli('merge', 'bad1.json', 'p2.json');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/bad1\.json: reps\[0\]\.kinds\.chineseResidentInKorea\./);
    expect(r.err).toMatch(message);
  });
});

describe('bad record and calibrate entries (process): one line, exit 2, nothing written', () => {
  // [what, the text edited, what it becomes, the one line expected]
  const cases: [string, string, string, RegExp][] = [
    ['unknown outcome', 'outcome: repatriated, by', 'outcome: returned, by', /record\[0\]\.measure\.outcome: "returned" is not an outcome of chineseResidentInKorea; its outcomes are: repatriated, /],
    ['unknown cohort', 'by: 1962-03-31 }', 'by: 1962-03-31, cohort: late }', /record\[0\]\.measure\.cohort: "late" is not a cohort of chineseResidentInKorea; its cohorts are: crossedBeforeEffectiveDate, crossedAfterEffectiveDate/],
    ['a date outside the run', 'by: 1962-03-31', 'by: 1963-03-31', /record\[0\]\.measure\.by: 1963-03-31 is outside the run \(1961-04-01 to 1962-04-01\)/],
    ['a share above 1', 'atMost: 0.5', 'atMost: 50', /record\[0\]\.expect: the measure is a share, so the expected value must lie between 0 and 1/],
    ['an unknown use', 'use: calibration', 'use: fit', /record\[0\]\.use: found "fit", expected calibration or validation/],
    ['an unknown expectation', 'expect: { atMost: 0.5 }', 'expect: { most: 0.5 }', /record\[0\]\.expect: found \{"most":0\.5\}, expected one of \{ atLeast: x \}/],
    ['a repeated id', 'id: slow', 'id: not-forced-back', /record\[1\]\.id: "not-forced-back" is already the id of record\[0\]; ids must be unique/],
    ['an unknown measure key', 'quantile: 0.5', 'quantil: 0.5', /record\[1\]\.measure\.quantil: unknown key "quantil"; expected one of: kind, outcome, within, by, cohort, scale, quantile/],
    ['a reversed range', 'koreaHandsOver: [0, 1]', 'koreaHandsOver: [1, 0]', /calibrate\.probabilities\.koreaHandsOver: found \[1,0\], expected a range \[low, high\] with low < high/],
    ['within and by at once', 'by: 1962-03-31 }', 'by: 1962-03-31, within: 30 }', /record\[0\]\.measure: give "within" or "by", not both/],
    ['a missing source', '    source: "a test source"\n', '', /record\[1\]\.source: missing; this key is required here/],
    ['a calibration key the scenario lacks', 'probabilities.koreaHandsOver: [0, 1]', 'probabilities.koreaHandsOvr: [0, 1]', /calibrate\.probabilities\.koreaHandsOvr: found no such assumption, expected a probability key \(one of: /],
    ['a duration parameter its distribution lacks', 'probabilities.koreaHandsOver: [0, 1]', 'durations.handover.mean: [1, 10]', /calibrate\.durations\.handover\.mean: found no such assumption, expected an exponential duration for \.mean: durations\.handover is lognormal/],
  ];
  for (const [name, from, to, message] of cases) {
    it(`refuses ${name}`, () => {
      expect(scenarioText).toContain(from);
      writeFileSync(join(dir, 'bad.yaml'), scenarioText.replace(from, to));
      const before = readdirSync(dir).sort();
      const r = cli('simulate', '--scenario', 'bad.yaml', '--out', 'never.json');
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
      expect(readdirSync(dir).sort()).toEqual(before);
    });
  }
});

describe('a scenario that loops in zero time (process)', () => {
  it('is refused with one line naming the loop, not simulated forever', () => {
    writeFileSync(
      join(dir, 'zero.yaml'),
      `name: zero-loop
replications: 1
readings: { koreanSideDeclines: mobilizeAgain }
population:
  chineseResidentInKorea: { count: 10, crossedAfterCableShare: 0 }
  koreanCitizenInChina: { count: 0 }
  emigrationApplication: { count: 0 }
probabilities: { agreesToReturn: 0, koreaConsents: 0, hasCrimeOrPendingCase: 0 }
durations:
  mobilization: { dist: fixed, days: 0 }
  consentRequest: { dist: fixed, days: 0 }
  consentReply: { dist: fixed, days: 0 }
`,
    );
    // Before the guard this never returned: the spawn's timeout makes that a failure, not a hang.
    const r = spawnSync(process.execPath, [cliPath, 'simulate', '--scenario', 'zero.yaml', '--out', 'z.json'], { cwd: dir, encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/a chineseResidentInKorea case took 10000 steps without time passing .*durations of 0 days form a loop it cannot leave/);
    expect(readdirSync(dir)).not.toContain('z.json');
  });
});
