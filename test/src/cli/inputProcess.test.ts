import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInTempDir } from '../../support/cliInTempDir.js';

// Hostile flags and scenario files from the adversarial run (outside-checks.md, D9, D11, D12,
// D14, D15, D16, D19), through the built CLI as users run it.
const { dir, cli } = cliInTempDir('cable1957-input-');

// A small population, so the runs that must succeed take a moment only.
const tiny = 'population: { chineseResidentInKorea: { count: 20 }, koreanCitizenInChina: { count: 10 }, emigrationApplication: { count: 10 } }\nreplications: 1\n';
const files: Record<string, string> = {
  'tiny.yaml': `name: tiny\n${tiny}`,
  'kind-null.yaml': 'name: x\npopulation: { chineseResidentInKorea: null }\n',
  'probabilities-null.yaml': 'name: x\nprobabilities: null\n',
  'count-nan.yaml': 'name: x\npopulation: { chineseResidentInKorea: { count: .nan } }\n',
  'count-inf.yaml': 'name: x\npopulation: { chineseResidentInKorea: { count: .inf } }\n',
  'horizon-1e999.json': '{ "name": "x", "horizonDays": 1e999 }\n',
  'readings-proto.yaml': 'name: x\nreadings: { __proto__: x }\n',
  'js-function.yaml': 'name: x\ndescription: !!js/function "function(){}"\n',
  'name-escape.yaml': 'name: "\\u0000\\u001b[31mRED"\n',
  'description-escape.yaml': 'name: x\ndescription: "red \\u001b[31m text"\n',
  'seed-negative.yaml': 'name: x\nseed: -5\n',
  'seed-too-large.yaml': 'name: x\nseed: 9007199254740992\n',
  'seed-fraction.yaml': 'name: x\nseed: 1.5\n',
  'lines.yaml': `name: lines\ndescription: |\n  two lines,\n  and\ta tab\nseed: 9007199254740991\n${tiny}`,
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);

describe('hostile input (process): one line on stderr naming what and where, exit 2, no file left', () => {
  const range = 'an integer from 0 to 9007199254740991 (2^53 − 1)';
  const days = 'a decimal number from 0 to 36500';
  it.each([
    // D9: one seed rule for every seed.
    ['simulate --seed below 0', ['simulate', '--seed=-1', '--out', 'o.json'], `simulate: --seed must be ${range}; got "-1"`],
    ['simulate --seed above 2^53 − 1', ['simulate', '--seed', '9007199254740992', '--out', 'o.json'], `simulate: --seed must be ${range}; got "9007199254740992"`],
    ['simulate --seed fraction', ['simulate', '--seed', '1.5', '--out', 'o.json'], `simulate: --seed must be ${range}; got "1.5"`],
    ['export-log --seed too large', ['export-log', '--format', 'csv', '--seed', '99999999999999999999', '--out', 'o.csv'], `export-log: --seed must be ${range}; got "99999999999999999999"`],
    ['export-log --seed in exponent form', ['export-log', '--format', 'csv', '--seed', '1e3', '--out', 'o.csv'], `export-log: --seed must be ${range}; got "1e3"`],
    ['export-log --seed empty', ['export-log', '--format', 'csv', '--seed', '', '--out', 'o.csv'], `export-log: --seed must be ${range}; got ""`],
    ['scenario seed below 0', ['simulate', '--scenario', 'seed-negative.yaml', '--out', 'o.json'], `seed-negative.yaml: seed: found -5, expected ${range}`],
    ['scenario seed above 2^53 − 1', ['simulate', '--scenario', 'seed-too-large.yaml', '--out', 'o.json'], `seed-too-large.yaml: seed: found 9007199254740992, expected ${range}`],
    ['scenario seed fraction', ['simulate', '--scenario', 'seed-fraction.yaml', '--out', 'o.json'], `seed-fraction.yaml: seed: found 1.5, expected ${range}`],
    // D11: prototype keys are not facts or readings.
    ['--facts constructor=x', ['case', 'chineseResidentInKorea', '--facts', 'constructor=x', '--save', 's.json'], 'chineseResidentInKorea: unknown fact "constructor"; the facts are: caseId, crossedOn, hasCrimeOrPendingCase'],
    ['--facts toString=x', ['case', 'chineseResidentInKorea', '--facts', 'toString=x'], 'chineseResidentInKorea: unknown fact "toString"'],
    ['--facts __proto__=x', ['case', 'chineseResidentInKorea', '--facts', '__proto__=x'], 'chineseResidentInKorea: unknown fact "__proto__"'],
    ['--facts with a fact twice', ['case', 'chineseResidentInKorea', '--facts', 'crossedOn=1957-01-01,crossedOn=1958-01-01'], 'chineseResidentInKorea: fact "crossedOn" is given more than once'],
    ['case --readings __proto__=x', ['case', 'chineseResidentInKorea', '--readings', '__proto__=x'], 'unknown reading "__proto__"; the readings are: '],
    ['simulate --readings __proto__=x', ['simulate', '--readings', '__proto__=x', '--out', 'o.json'], '--readings: unknown reading "__proto__"; the readings are: '],
    ['scenario readings: {__proto__: x}', ['simulate', '--scenario', 'readings-proto.yaml', '--out', 'o.json'], 'readings-proto.yaml: readings: unknown reading "__proto__"'],
    // D12: day counts a date cannot hold.
    ['@1e308', ['case', 'chineseResidentInKorea', '--events', 'authorities.screen@1e308'], `event "authorities.screen@1e308": the days after "@" must be ${days}; got "1e308"`],
    ['--step-days 1e308', ['case', 'chineseResidentInKorea', '--step-days', '1e308', '--events', 'authorities.screen'], `case: --step-days must be ${days}; got "1e308"`],
    ['--start 9999-12-31 with @100000000', ['case', 'chineseResidentInKorea', '--start', '9999-12-31', '--events', 'authorities.screen@100000000'], `the days after "@" must be ${days}; got "100000000"`],
    // D14: messages that name the problem.
    ['a kind set to null', ['simulate', '--scenario', 'kind-null.yaml', '--out', 'o.json'], 'kind-null.yaml: population.chineseResidentInKorea: found null, expected a mapping (an object of keys)'],
    ['probabilities: null', ['simulate', '--scenario', 'probabilities-null.yaml', '--out', 'o.json'], 'probabilities-null.yaml: probabilities: found null, expected a mapping (an object of keys)'],
    ['a count of .nan', ['simulate', '--scenario', 'count-nan.yaml', '--out', 'o.json'], 'count-nan.yaml: population.chineseResidentInKorea.count: found NaN (.nan, not a number), expected a non-negative integer'],
    ['a count of .inf', ['simulate', '--scenario', 'count-inf.yaml', '--out', 'o.json'], 'count-inf.yaml: population.chineseResidentInKorea.count: found Infinity (.inf or an overflowing number such as 1e999)'],
    ['a JSON 1e999', ['simulate', '--scenario', 'horizon-1e999.json', '--out', 'o.json'], 'horizon-1e999.json: horizonDays: found Infinity (.inf or an overflowing number such as 1e999)'],
    ['--readings without =', ['simulate', '--readings', 'postCableCrossings', '--out', 'o.json'], 'cable1957: --readings: "postCableCrossings" must be name=option\n'],
    ['--seed -5 (a value that looks like a flag)', ['simulate', '--seed', '-5', '--out', 'o.json'], `simulate: Option '--seed' argument is ambiguous: if "-5" is its value, write --seed=-5`],
    // D15: an unknown YAML tag.
    ['!!js/function', ['simulate', '--scenario', 'js-function.yaml', '--out', 'o.json'], 'js-function.yaml: not valid YAML or JSON (line 2, column 14): Unresolved tag: tag:yaml.org,2002:js/function'],
    // D16: input that used to be ignored silently.
    ['--replications twice', ['simulate', '--replications', '1', '--replications', '2', '--out', 'o.json'], 'simulate: --replications is given more than once'],
    ['--out twice', ['simulate', '--scenario', 'tiny.yaml', '--out', 'a.json', '--out', 'b.json'], 'simulate: --out is given more than once'],
    ['--print-scenario with bad flags', ['simulate', '--print-scenario', '--replications', '0', '--workers', '999'], 'simulate: --workers must be an integer from 1 to 64; got "999"'],
    ['--print-scenario with a flag it cannot honour', ['simulate', '--print-scenario', '--seed', '5', '--out', 'p.yaml'], 'simulate: --print-scenario prints the scenario as written; drop'],
    ['inspect --facts without --step', ['inspect', '--facts', 'crossedOn=1957-01-01'], 'inspect: --facts sets the facts of the --step case; add --step, or drop --facts'],
    ['export-log --seed with --traces', ['export-log', '--format', 'csv', '--seed', '5', '--traces', 'tiny.yaml', '--out', 'o.csv'], 'export-log: --seed is for the built-in sample; drop it with --traces'],
    ["--step-days ''", ['case', 'chineseResidentInKorea', '--step-days', ''], `case: --step-days must be ${days}; got ""`],
    ['@0x10', ['case', 'chineseResidentInKorea', '--events', 'authorities.screen@0x10'], `event "authorities.screen@0x10": the days after "@" must be ${days}; got "0x10"`],
    ['--shard 1/99999999999999999999', ['simulate', '--shard', '1/99999999999999999999', '--out', 'o.json'], 'simulate: --shard must be i/N with 1 <= i <= N <= 100000; got "1/99999999999999999999"'],
    // D19: names and descriptions reach the terminal.
    ['a name with control characters and an ANSI escape', ['simulate', '--scenario', 'name-escape.yaml'], 'name-escape.yaml: name: found "\\u0000\\u001b[31mRED", expected a non-empty string without control characters or terminal escapes'],
    ['a description with an ANSI escape', ['simulate', '--scenario', 'description-escape.yaml'], 'description-escape.yaml: description: found "red \\u001b[31m text", expected a string without control characters'],
  ])('%s', (_, args, message) => {
    const before = readdirSync(dir).sort();
    const r = cli(...args);
    expect(r.err).toContain(message);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(2);
    expect(r.err).not.toMatch(/\n\s+at |Warning/);
    expect(r.err).not.toContain('\u001b');
    expect(r.out).toBe('');
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe('what the rules still accept (process)', () => {
  it('seeds s and s + 2^32 give different runs (simulate and export-log)', () => {
    const run = (seed: string) => JSON.parse(cli('simulate', '--scenario', 'tiny.yaml', '--seed', seed, '--format', 'json').out) as { outcomes: unknown; paths: unknown };
    const [low, high] = [run('1957'), run(String(1957 + 2 ** 32))];
    expect([low.outcomes, low.paths]).not.toEqual([high.outcomes, high.paths]);
    expect(cli('export-log', '--format', 'csv', '--seed', '0').out).not.toBe(cli('export-log', '--format', 'csv', '--seed', String(2 ** 32)).out);
  });

  it('accepts the largest seed, and a description over several lines with a tab', () => {
    const r = cli('simulate', '--scenario', 'lines.yaml', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).scenario).toMatchObject({ seed: 9007199254740991, description: 'two lines,\nand\ta tab\n' });
  });

  it('--print-scenario --out writes the scenario to the file', () => {
    const r = cli('simulate', '--scenario', 'tiny.yaml', '--print-scenario', '--out', 'printed.yaml');
    expect([r.code, r.out, r.err]).toEqual([0, '', '']);
    expect(readFileSync(join(dir, 'printed.yaml'), 'utf8')).toBe(files['tiny.yaml']);
    rmSync(join(dir, 'printed.yaml'));
  });

  it('case accepts decimal day counts up to 36500', () => {
    const r = cli('case', 'chineseResidentInKorea', '--facts', 'crossedOn=1957-01-01', '--step-days', '36500', '--events', 'authorities.screen,person.agreesToReturn@1.5', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).steps.map((s: { time: string }) => s.time)).toEqual(['2057-11-22T00:00:00.000Z', '2057-11-23T12:00:00.000Z']); // from the effective date 1957-12-17
  });
});
