import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyReadings, caseFacts, caseKinds, caseMachines } from '../../../machines/index.js';
import { statelyMachine } from '../../../src/stately/statelyMachine.js';
import { cliInTempDir } from '../../support/cliInTempDir.js';
import { expectRefused } from '../../support/expectRefused.js';

const { dir, cli } = cliInTempDir('cable1957-machine-');

describe('cable1957 machine (process)', () => {
  it.each(caseKinds)('%s: prints the machine as Stately JSON, the same the library builds', (kind) => {
    const r = cli('machine', kind);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const input = Object.fromEntries(Object.entries(caseFacts[kind]).map(([k, s]) => [k, s.default]));
    expect(r.out).toBe(`${JSON.stringify(statelyMachine(caseMachines[kind], { input }), null, 2)}\n`);
  });

  it('builds it under the readings given, names them in meta, and writes --out', () => {
    const r = cli('machine', 'chineseResidentInKorea', '--readings', 'koreanSideDeclines=mobilizeAgain', '--out', 'm.json');
    expect([r.code, r.out, r.err]).toEqual([0, '', '']);
    const json = JSON.parse(readFileSync(join(dir, 'm.json'), 'utf8'));
    expect(json.meta.readings.koreanSideDeclines).toBe('mobilizeAgain');
    const selection = { koreanSideDeclines: 'mobilizeAgain' };
    const input = Object.fromEntries(Object.entries(caseFacts.chineseResidentInKorea).map(([k, s]) => [k, s.default]));
    expect(json).toEqual(JSON.parse(JSON.stringify(statelyMachine(applyReadings(caseMachines.chineseResidentInKorea, selection), { input, readings: selection }))));
  });

  it.each([
    [['machine', 'nope'], 'cable1957: unknown case kind "nope"; the kinds are: chineseResidentInKorea, koreanCitizenInChina, emigrationApplication'],
    [['machine'], 'cable1957: machine: name one kind (chineseResidentInKorea, koreanCitizenInChina, emigrationApplication)'],
    [['machine', 'emigrationApplication', 'koreanCitizenInChina'], 'cable1957: machine: name one kind (chineseResidentInKorea, koreanCitizenInChina, emigrationApplication)'],
    [['machine', 'emigrationApplication', '--readings', 'nope=x', '--out', 'bad1.json'], 'cable1957: --readings: unknown reading "nope"; the readings are: postCableCrossings, koreanSideDeclines, unjustifiedApplications, effectiveDate, punishment, laterMobilization, clause3Scope'],
    [['machine', 'emigrationApplication', '--readings', 'unjustifiedApplications=maybe', '--out', 'bad2.json'], 'cable1957: --readings: reading "unjustifiedApplications" has no option "maybe"; its options are: reject, approveLeniently'],
    [['machine', 'emigrationApplication', '--readings', 'unjustifiedApplications'], 'cable1957: --readings: "unjustifiedApplications" must be name=option'],
    [['machine', 'emigrationApplication', '--format', 'json'], `cable1957: machine: Unknown option '--format' (see "cable1957 machine --help")`],
    [['machine', 'emigrationApplication', '--out', 'no/such/dir/m.json'], /^cable1957: machine: --out no\/such\/dir\/m\.json/],
  ] as const)('bad input %j: one line on stderr, exit 2, no output file', (args, message) => {
    expectRefused(dir, () => cli(...args), message);
    expect(existsSync(join(dir, 'bad1.json')) || existsSync(join(dir, 'bad2.json'))).toBe(false);
  });

  it('--help says what the JSON is for', () => {
    const r = cli('machine', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Stately's editor imports/);
  });
});
