import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliInTempDir } from '../../support/cliInTempDir.js';
import { expectRefused } from '../../support/expectRefused.js';
import { cliPath } from '../../support/spawnCli.js';

const { dir, cli } = cliInTempDir('cable1957-report-');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

beforeAll(() => {
  expect(cli('simulate', '--scenario', 'exodus1961', '--replications', '2', '--format', 'json', '--out', 'result.json').code).toBe(0);
}, 60000);

/** A comparison's JSON, as compare writes it, with one interval cut to a single number. */
function brokenComparison() {
  const r = cli('compare', '--vs-readings', 'postCableCrossings=sameAsEarlierCrossers', '--replications', '2', '--format', 'json');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  json.differences.chineseResidentInKorea.repatriated.share.ci95 = [0];
  return json;
}

describe('cable1957 report and simulate --format html (process)', () => {
  it('report RESULT.json gives the same bytes as simulate --format html, every time', () => {
    expect(cli('simulate', '--scenario', 'exodus1961', '--replications', '2', '--format', 'html', '--out', 'direct.html')).toEqual({ code: 0, out: '', err: '' });
    expect(cli('report', 'result.json', '--out', 'report.html')).toEqual({ code: 0, out: '', err: '' });
    const html = read('report.html');
    expect(html).toBe(read('direct.html'));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('data-section="record"');
    const again = cli('report', 'result.json');
    expect(again.code).toBe(0);
    expect(again.out).toBe(html);
  });

  it('merge --format html reports merged shards as the unsharded run', () => {
    for (const i of [1, 2]) expect(cli('simulate', '--scenario', 'exodus1961', '--replications', '2', '--shard', `${i}/2`, '--out', `p${i}.json`).code).toBe(0);
    expect(cli('merge', 'p1.json', 'p2.json', '--format', 'html').out).toBe(read('direct.html'));
  });

  writeFileSync(join(dir, 'broken.json'), '{"scenario": ');
  writeFileSync(join(dir, 'list.json'), '[]');
  writeFileSync(join(dir, 'share.json'), JSON.stringify({ scenario: {}, outcomes: {} }));
  writeFileSync(join(dir, 'cmp-arms.json'), JSON.stringify({ differences: {}, notes: [] }));
  writeFileSync(join(dir, 'cmp-ci.json'), JSON.stringify(brokenComparison()));
  it.each([
    [['report'], 'cable1957: report: name one result file (the output of "cable1957 simulate --format json" or "cable1957 compare --format json")'],
    [['report', 'a.json', 'b.json'], 'cable1957: report: name one result file (the output of "cable1957 simulate --format json" or "cable1957 compare --format json")'],
    [['report', 'missing.json', '--out', 'x.html'], /^cable1957: missing\.json: /],
    [['report', 'broken.json', '--out', 'x.html'], /^cable1957: broken\.json: not valid JSON \(/],
    [['report', 'list.json', '--out', 'x.html'], 'cable1957: list.json: the file must be an object'],
    [['report', 'share.json', '--out', 'x.html'], 'cable1957: share.json: scenario.name must be a string'],
    [['report', 'cmp-arms.json', '--out', 'x.html'], 'cable1957: cmp-arms.json: arms must be an object'],
    [['report', 'cmp-ci.json', '--out', 'x.html'], 'cable1957: cmp-ci.json: differences.chineseResidentInKorea.repatriated.share.ci95 must be a pair [low, high]'],
    [['report', 'p1.json', '--out', 'x.html'], 'cable1957: p1.json: the file is a partial result of "simulate --shard": combine the shards with "cable1957 merge" first'],
    [['report', 'result.json', '--out', 'no/such/dir/x.html'], /^cable1957: report: --out no\/such\/dir\/x\.html: /],
    [['report', 'result.json', '--format', 'html'], `cable1957: report: Unknown option '--format' (see "cable1957 report --help")`],
    [['simulate', '--format', 'pdf'], 'cable1957: simulate: --format must be one of table, json, csv, html; got "pdf"'],
  ] as const)('bad input %j: one line on stderr, exit 2, no file left', (args, message) => {
    expectRefused(dir, () => cli(...args), message);
  });

  it('SIGTERM during simulate --format html leaves no file behind (exit 143)', async () => {
    const before = readdirSync(dir).sort();
    const child = spawn(process.execPath, [cliPath, 'simulate', '--scenario', 'exodus1961', '--replications', '200', '--format', 'html', '--out', 'slow.html'], { cwd: dir });
    await new Promise((r) => setTimeout(r, 700));
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(143);
    expect(readdirSync(dir).sort()).toEqual(before);
  }, 30000);

  it('--help says what the page holds', () => {
    expect(cli('report', '--help').out).toMatch(/ONE self-contained HTML file/);
    expect(cli('report', '--help').out).toMatch(/A result of "cable1957 compare --format json"/);
  });
});
