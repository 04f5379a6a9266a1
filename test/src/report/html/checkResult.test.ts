import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedScenarios } from '../../../../machines/index.js';
import { InputError } from '../../../../src/InputError.js';
import { checkResult } from '../../../../src/report/html/checkResult.js';
import { loadScenario } from '../../../../src/scenario/loadScenario.js';
import type { SimulationResult } from '../../../../src/simulate/SimulationResult.js';
import { simulate } from '../../../../src/simulate/simulate.js';

let good: SimulationResult;
beforeAll(async () => {
  good = JSON.parse(JSON.stringify(await simulate({ ...loadScenario(embeddedScenarios['exodus1961']!), replications: 2 })));
}, 60000);

// eslint-free project: `any` here lets each edit reach into the nested result in one expression.
type Edit = (r: Record<string, any>) => unknown;

describe('checkResult', () => {
  it('accepts simulate --format json output as it is', () => {
    expect(checkResult(good, 'r.json')).toEqual(good);
  });

  // Each edit beside the one line it must give.
  it.each<[string, Edit, string]>([
    ['a list', () => [], 'r.json: the file must be an object'],
    ['a partial result', (r) => ({ ...r, format: 'cable1957.partial/1' }), 'r.json: the file is a partial result of "simulate --shard": combine the shards with "cable1957 merge" first'],
    ['no scenario', (r) => ({ ...r, scenario: undefined }), 'r.json: scenario must be an object'],
    ['a number as name', (r) => ({ ...r, scenario: { ...r['scenario'], name: 7 } }), 'r.json: scenario.name must be a string'],
    ['a source not text', (r) => ({ ...r, scenario: { ...r['scenario'], sources: ['ok', {}] } }), 'r.json: scenario.sources[1] must be a string'],
    ['a reading not text', (r) => ({ ...r, scenario: { ...r['scenario'], readings: { punishment: 1 } } }), 'r.json: scenario.readings.punishment must be a string'],
    ['zero replications', (r) => ({ ...r, replications: 0 }), 'r.json: replications must be a whole number of at least 1'],
    ['a share over 1', (r) => ((r['outcomes'].emigrationApplication.departed.share = 1.5), r), 'r.json: outcomes.emigrationApplication.departed.share must be a number from 0 to 1'],
    ['a count not whole', (r) => ((r['outcomes'].emigrationApplication.departed.count = 2.5), r), 'r.json: outcomes.emigrationApplication.departed.count must be a whole number of at least 0'],
    ['an interval of one', (r) => ((r['outcomes'].emigrationApplication.departed.ci95 = [0.1]), r), 'r.json: outcomes.emigrationApplication.departed.ci95 must be a pair [low, high]'],
    ['a time as text', (r) => ((r['timeToOutcomeDays'].emigrationApplication.departed.p90 = '9'), r), 'r.json: timeToOutcomeDays.emigrationApplication.departed.p90 must be a number of at least 0'],
    ['paths not a list', (r) => ((r['paths'].emigrationApplication = {}), r), 'r.json: paths.emigrationApplication must be a list'],
    ['an empty path', (r) => ((r['paths'].emigrationApplication[0].path = ''), r), 'r.json: paths.emigrationApplication[0].path must name at least one state'],
    ['a record not a list', (r) => ({ ...r, record: {} }), 'r.json: record must be a list of checks'],
    ['a verdict unknown', (r) => ((r['record'][0].verdict = 'maybe'), r), 'r.json: record[0].verdict must be one of consistent, inconsistent, undecided'],
    ['an expectation unknown', (r) => ((r['record'][1].expect = { near: 3 }), r), 'r.json: record[1].expect must have atLeast, atMost, between or about'],
    ['an outcome list empty', (r) => ((r['record'][0].measure.outcome = []), r), 'r.json: record[0].measure.outcome must be a state name or a list of them'],
    ['an estimate as text', (r) => ((r['record'][0].model.estimate = 'high'), r), 'r.json: record[0].model.estimate must be a number'],
  ])('refuses %s with one line naming the key', (_, edit, message) => {
    const bad = edit(structuredClone(good) as unknown as Record<string, unknown>);
    expect(() => checkResult(bad, 'r.json')).toThrow(new InputError(message));
  });

  it('takes a check without an estimate (null) as the result writes it', () => {
    const r = structuredClone(good) as unknown as { record: { model: unknown; note?: string }[] };
    r.record[0]!.model = { estimate: null, ci95: null };
    r.record[0]!.note = 'no case of the measure could be counted';
    expect(() => checkResult(r, 'r.json')).not.toThrow();
  });
});
