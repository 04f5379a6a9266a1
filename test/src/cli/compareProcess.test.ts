import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInTempDir } from '../../support/cliInTempDir.js';

const { dir, cli } = cliInTempDir('cable1957-compare-');

const small = (name: string, count: number, replications = 4) => `name: ${name}
replications: ${replications}
population:
  chineseResidentInKorea: { count: ${count}, crossedAfterCableShare: 0.5 }
  koreanCitizenInChina: { count: 50 }
  emigrationApplication: { count: 50 }
`;
writeFileSync(join(dir, 'a.yaml'), small('small-a', 200));
writeFileSync(join(dir, 'b.yaml'), small('small-b', 150).replace('population:', 'probabilities: { koreaHandsOver: 0.5 }\npopulation:'));
writeFileSync(join(dir, 'one.yaml'), small('one', 200, 1));

/** The files the tests did not write themselves. */
const outputs = () => readdirSync(dir).filter((f) => !f.endsWith('.yaml')).sort();

describe('cable1957 compare (process)', () => {
  it('--help explains paired differences, what the interval means and the JSON shape', () => {
    const r = cli('compare', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: cable1957 compare/);
    expect(r.out).toContain('d_r = B_r - A_r');
    expect(r.out).toContain('not uncertainty about history');
    expect(r.out).toContain('the seed + 2654435769, mod 2^53');
    expect(r.out).toMatch(/differences: \{ <kind>: \{ <outcome>: \{ share: \{ a, b, diff, ci95, replications \}/);
  });

  it('two readings of postCableCrossings: paired differences with intervals and the measured variance reduction', () => {
    const r = cli('compare', '--readings', 'postCableCrossings=returnAndPunish', '--vs-readings', 'postCableCrossings=sameAsEarlierCrossers', '--replications', '4');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('A: baseline, readings postCableCrossings=returnAndPunish');
    expect(r.out).toContain('B: baseline, readings postCableCrossings=sameAsEarlierCrossers');
    // The repatriated share falls under sameAsEarlierCrossers, with an interval that excludes 0.
    expect(r.out).toMatch(/\n {2}repatriated +\d+\.\d% +\d+\.\d% +−\d+\.\d\d +−\d+\.\d\d … −\d+\.\d\d .* ×\d/);
    expect(r.out).toMatch(/Overall, over the shares the arms change: ×\d+\.\d — the paired intervals are \d+\.\d× narrower/);
  });

  it('two readings of punishment: no outcome changes, and it says the paired noise is nil (the Done-when command)', () => {
    const r = cli('compare', '--readings', 'punishment=whenReturned', '--vs-readings', 'punishment=postCableCrossers', '--replications', '3');
    expect(r.code).toBe(0);
    expect(r.out).toContain('∞ (same in every case)');
    expect(r.out).toContain('Overall: no share changes in any replication');
  });

  it('is byte-identical for --workers 1 and 2, and --out holds what stdout would', () => {
    const args = ['compare', '--vs-readings', 'postCableCrossings=sameAsEarlierCrossers', '--replications', '4', '--format', 'json'];
    const one = cli(...args, '--workers', '1');
    const two = cli(...args, '--workers', '2', '--out', 'two.json');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.out).toBe('');
    expect(readFileSync(join(dir, 'two.json'), 'utf8')).toBe(one.out);
    const json = JSON.parse(one.out);
    expect(Object.keys(json)).toEqual(['arms', 'seed', 'replications', 'independentSeed', 'engine', 'differences', 'varianceReduction', 'record', 'notes']);
    expect(json.arms.b.scenario.readings.postCableCrossings).toBe('sameAsEarlierCrossers');
    expect(Object.keys(json.differences.chineseResidentInKorea.repatriated)).toEqual(['share', 'medianDays', 'varianceReduction', 'medianDaysVarianceReduction']);
  });

  it('CSV: one row per kind and outcome, then the record checks', () => {
    const r = cli('compare', '--vs-readings', 'postCableCrossings=sameAsEarlierCrossers', '--replications', '2', '--format', 'csv');
    expect(r.code).toBe(0);
    const [header, ...rows] = r.out.split('\r\n');
    expect(header).toBe('kind,outcome,share_a,share_b,share_diff,share_ci95_low,share_ci95_high,median_days_a,median_days_b,median_days_diff,median_days_ci95_low,median_days_ci95_high,variance_paired,variance_independent,variance_reduction,median_days_variance_paired,median_days_variance_independent,median_days_variance_reduction');
    expect(rows.filter((l) => l.startsWith('chineseResidentInKorea,repatriated,'))).toHaveLength(1);
    expect(r.out).toContain('\r\n\r\ncheck,a,b,diff,ci95_low,ci95_high,replications\r\n');
  });

  it('measures the variance reduction of the median days too: in the table, and in CSV as the ratio of the two measured variances', () => {
    const args = ['compare', '--vs-readings', 'postCableCrossings=sameAsEarlierCrossers', '--replications', '4'];
    const table = cli(...args);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/95% CI d +var\. ÷ d  var\. ÷ share\n/);
    // repatriated: the median days' reduction, then the share's.
    expect(table.out).toMatch(/\n {2}repatriated .* [+−]\d+\.\d … [+−]\d+\.\d +×\d+\.\d  ×\d+\.\d\n/);
    expect(table.out).toContain('for the median days over the replications where all three runs reached the outcome');
    const csv = cli(...args, '--format', 'csv');
    const [header, ...rows] = csv.out.split('\r\n');
    const column = (name: string) => header!.split(',').indexOf(name);
    const repatriated = rows.find((l) => l.startsWith('chineseResidentInKorea,repatriated,'))!.split(',').map(Number);
    const [paired, independent, ratio] = ['median_days_variance_paired', 'median_days_variance_independent', 'median_days_variance_reduction'].map((c) => repatriated[column(c)]!);
    expect(paired).toBeGreaterThan(0);
    expect(independent).toBeGreaterThan(0);
    expect(ratio).toBeCloseTo(independent! / paired!, 3);
  });

  it('--format html is one self-contained page, the same bytes as "report" of the JSON', () => {
    const args = ['compare', '--vs-readings', 'postCableCrossings=sameAsEarlierCrossers', '--replications', '3'];
    expect(cli(...args, '--format', 'html', '--out', 'direct.html')).toEqual({ code: 0, out: '', err: '' });
    expect(cli(...args, '--format', 'json', '--out', 'c.json').code).toBe(0);
    const viaReport = cli('report', 'c.json');
    expect(viaReport.code).toBe(0);
    expect(viaReport.out).toBe(readFileSync(join(dir, 'direct.html'), 'utf8'));
    expect(viaReport.out).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(viaReport.out).toContain('<svg data-chart="share-diff" data-kind="chineseResidentInKorea"');
  });

  it('two scenarios with different counts pair by replication, and say so', () => {
    const r = cli('compare', '--scenario', 'a.yaml', '--vs-scenario', 'b.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toContain('A: small-a');
    expect(r.out).toMatch(/chineseResidentInKorea: 200 cases per replication in A, 150 in B: the first 150 share their random streams/);
  });

  describe('bad input: one line on stderr, exit code 2, no file left behind', () => {
    const bad: [string, string[], RegExp][] = [
      ['an unknown reading in --readings', ['--readings', 'nope=x', '--vs-readings', 'punishment=whenReturned'], /^cable1957: compare: --readings: unknown reading "nope"; the readings are: /],
      ['an unknown option in --vs-readings', ['--vs-readings', 'punishment=never'], /^cable1957: compare: --vs-readings: reading "punishment" has no option "never"; its options are: /],
      ['a malformed --vs-readings', ['--vs-readings', 'punishment'], /^cable1957: compare: --vs-readings: "punishment" must be name=option$/],
      ['the same arm twice (B names the default)', ['--vs-readings', 'punishment=postCableCrossers'], /^cable1957: compare: the two arms are the same scenario with the same readings; nothing to compare$/],
      ['the same scenario twice', ['--scenario', 'a.yaml', '--vs-scenario', 'a.yaml'], /the two arms are the same scenario/],
      ['no arm B', ['--readings', 'punishment=whenReturned'], /^cable1957: compare: name arm B with --vs-readings or --vs-scenario/],
      ['one replication', ['--vs-readings', 'punishment=whenReturned', '--replications', '1'], /^cable1957: compare: --replications must be an integer from 2 to 100000; got "1"$/],
      ['a scenario of one replication', ['--scenario', 'one.yaml', '--vs-readings', 'punishment=whenReturned'], /^cable1957: compare: arm A's scenario runs 1 replication; .* give --replications 2 or more$/],
      ['an unknown --vs-scenario', ['--vs-scenario', 'nowhere'], /^cable1957: compare: --vs-scenario: no file "nowhere" and no embedded scenario of that name/],
      ['--format pdf', ['--vs-readings', 'punishment=whenReturned', '--format', 'pdf'], /^cable1957: compare: --format must be one of table, json, csv, html; got "pdf"$/],
      ['--workers 0', ['--vs-readings', 'punishment=whenReturned', '--workers', '0'], /^cable1957: compare: --workers must be an integer from 1 to 64/],
      ['--seed x', ['--vs-readings', 'punishment=whenReturned', '--seed', 'x'], /^cable1957: compare: --seed must be /],
      ['--engine nope', ['--vs-readings', 'punishment=whenReturned', '--engine', 'nope'], /^cable1957: compare: --engine must be one of /],
      ['an unknown flag', ['--vs-readings', 'punishment=whenReturned', '--shard', '1/2'], /^cable1957: compare: Unknown option '--shard'/],
      ['--out in a missing folder', ['--vs-readings', 'punishment=whenReturned', '--out', 'nowhere/r.txt'], /^cable1957: compare: --out nowhere\/r\.txt: /],
    ];
    bad.forEach(([what, flags, message]) => {
      it(what, () => {
        const before = outputs();
        const out = flags.includes('--out') ? [] : ['--out', 'result.txt'];
        const r = cli('compare', ...flags, ...out);
        expect(r.code).toBe(2);
        expect(r.out).toBe('');
        expect(r.err.trimEnd().split('\n')).toHaveLength(1);
        expect(r.err.trimEnd()).toMatch(message);
        expect(existsSync(join(dir, 'result.txt'))).toBe(false);
        expect(outputs()).toEqual(before);
      });
    });
  });
});
