import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliInTempDir } from '../../support/cliInTempDir.js';
import { smallSweep, smallSweepScenario } from '../../support/smallSweep.js';

// An output, a checkpoint or a resumed run must never write over a file the same run reads: each
// such command is refused in one line (exit 2) and every file is left as it was. Found by review
// of 0.12.0: `report r.json --out r.json`, `merge p1 p2 --out p1`, `sweep s.yaml --out s.yaml` and
// `--resume ck --checkpoint s.yaml` all exited 0 after replacing their input.
const { dir, cli } = cliInTempDir('cable1957-inputs-kept-');
const scenario = 'name: tiny\nseed: 3\nreplications: 2\npopulation:\n  chineseResidentInKorea: { count: 20 }\n  koreanCitizenInChina: { count: 10 }\n  emigrationApplication: { count: 10 }\n';
const files = () => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

beforeAll(() => {
  writeFileSync(join(dir, 'tiny.yaml'), scenario);
  writeFileSync(join(dir, 'sweep.yaml'), smallSweep({ maxReplications: 8 }));
  // The sweep's base scenario on its own, with calibration ranges: a scenario calibrate accepts.
  const base = smallSweepScenario().replace(/^scenario:\n/, '').replace(/^  /gm, '');
  writeFileSync(join(dir, 'calib.yaml'), `${base}calibrate:\n  probabilities.koreaHandsOver: [0, 1]\n`);
  expect(cli('simulate', '--scenario', 'tiny.yaml', '--format', 'json', '--out', 'result.json', '--quiet').code).toBe(0);
  expect(cli('simulate', '--scenario', 'tiny.yaml', '--shard', '1/2', '--out', 'p1.json', '--quiet').code).toBe(0);
  expect(cli('simulate', '--scenario', 'tiny.yaml', '--shard', '2/2', '--out', 'p2.json', '--quiet').code).toBe(0);
  expect(cli('sweep', 'sweep.yaml', '--shard', '1/2', '--out', 's1.json', '--quiet').code).toBe(0);
  expect(cli('simulate', '--scenario', 'tiny.yaml', '--checkpoint', 'ck.json', '--out', 'whole.json', '--format', 'json', '--quiet').code).toBe(0);
  writeFileSync(join(dir, 'other.json'), '{"precious": true}\n');
  writeFileSync(join(dir, 'two-lines.json'), 'scenario:\n  name: not json\n');
});

describe('a run never writes over its own inputs (process)', () => {
  const refused: [string, string[], RegExp][] = [
    ['report to its own result file', ['report', 'result.json', '--out', 'result.json'], /^cable1957: report: --out result\.json: that is an input of this run \(result\.json\); name another file$/],
    ['merge over one of its partials', ['merge', 'p1.json', 'p2.json', '--format', 'json', '--out', 'p1.json'], /^cable1957: merge: --out p1\.json: that is an input of this run \(p1\.json\)/],
    ['merge over a partial named another way', ['merge', 'p1.json', 'p2.json', '--format', 'json', '--out', './sub/../p2.json'], /^cable1957: merge: --out \.\/sub\/\.\.\/p2\.json: that is an input of this run \(p2\.json\)/],
    ['sweep over its design', ['sweep', 'sweep.yaml', '--out', 'sweep.yaml', '--quiet'], /^cable1957: sweep: --out sweep\.yaml: that is an input of this run \(sweep\.yaml\)/],
    ['sweep checkpointing over its design', ['sweep', 'sweep.yaml', '--checkpoint', 'sweep.yaml', '--quiet'], /^cable1957: sweep: --checkpoint sweep\.yaml: that is an input of this run \(sweep\.yaml\)/],
    ['simulate over its scenario file', ['simulate', '--scenario', 'tiny.yaml', '--out', 'tiny.yaml', '--quiet'], /^cable1957: simulate: --out tiny\.yaml: that is an input of this run \(tiny\.yaml\)/],
    ['calibrate writing its scenario over the one it read', ['calibrate', '--scenario', 'calib.yaml', '--points', '4', '--scenario-out', 'calib.yaml', '--quiet'], /^cable1957: calibrate: --scenario-out calib\.yaml: that is an input of this run \(calib\.yaml\)/],
    ['--resume into an existing other checkpoint', ['simulate', '--scenario', 'tiny.yaml', '--resume', 'ck.json', '--checkpoint', 'other.json', '--quiet'], /^cable1957: simulate: --checkpoint other\.json: the file exists; continue that run with --resume other\.json, or remove it$/],
    ['--resume of a file that is not JSON', ['simulate', '--scenario', 'tiny.yaml', '--resume', 'two-lines.json', '--quiet'], /^cable1957: --resume two-lines\.json: not valid JSON \(.*\)$/],
    ['--resume of no file', ['simulate', '--scenario', 'tiny.yaml', '--resume', 'nope.json', '--quiet'], /^cable1957: --resume nope\.json: cannot read the file \(ENOENT\)$/],
    ['report of a partial', ['report', 's1.json'], /^cable1957: s1\.json: a "cable1957\.sweep-partial\/1" file, not a result of "cable1957 simulate --format json" or "cable1957 compare --format json"$/],
    ['merge of something that is no partial', ['merge', 'other.json', 'p1.json'], /^cable1957: other\.json: not a partial result of simulate, calibrate or sweep --shard \(format is undefined, expected "cable1957\.partial\/1", "cable1957\.calibration-partial\/1" or "cable1957\.sweep-partial\/1"\)$/],
  ];
  it.each(refused)('%s: one line, exit 2, every file as it was', (_, args, message) => {
    const before = files();
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err.trimEnd()).toMatch(message);
    expect(files()).toEqual(before);
  });

  it('an embedded scenario\u2019s name is no file: --out with that name is written', () => {
    const r = cli('simulate', '--scenario', 'baseline', '--replications', '1', '--format', 'csv', '--out', 'baseline', '--quiet');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'baseline'), 'utf8')).toMatch(/^kind,outcome/);
  });

  it('--resume OLD --checkpoint NEW continues OLD into a new file and leaves OLD alone', () => {
    const old = readFileSync(join(dir, 'ck.json'), 'utf8');
    const r = cli('simulate', '--scenario', 'tiny.yaml', '--resume', 'ck.json', '--checkpoint', 'ck2.json', '--format', 'json', '--out', 'again.json', '--quiet');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'ck.json'), 'utf8')).toBe(old);
    expect(readFileSync(join(dir, 'again.json'), 'utf8')).toBe(readFileSync(join(dir, 'whole.json'), 'utf8'));
    expect(JSON.parse(readFileSync(join(dir, 'ck2.json'), 'utf8')).format).toBe('cable1957.checkpoint/1');
  });
});
