import { partialResultFormat, type SimulationResult } from '../../simulate/SimulationResult.js';
import { shapeChecker } from './shapeChecker.js';

const verdicts = ['consistent', 'inconsistent', 'undecided'];

/**
 * Checks that parsed JSON has the shape of `simulate --format json` output, as far as the HTML
 * report reads it, and returns it typed. Anything else is an InputError naming the file and the
 * first key that is wrong (`RESULT.json: outcomes.x.y.share must be a number from 0 to 1`).
 */
export function checkResult(value: unknown, file: string): SimulationResult {
  const { fail, object, text, number, count, pair } = shapeChecker(file);

  const r = object(value, 'the file');
  if (r['format'] === partialResultFormat) fail('the file', 'is a partial result of "simulate --shard": combine the shards with "cable1957 merge" first');
  const s = object(r['scenario'], 'scenario');
  text(s['name'], 'scenario.name');
  text(s['description'], 'scenario.description');
  text(s['startDate'], 'scenario.startDate');
  number(s['horizonDays'], 'scenario.horizonDays', 0);
  if (!Array.isArray(s['sources'])) fail('scenario.sources', 'must be a list of strings');
  (s['sources'] as unknown[]).forEach((x, i) => text(x, `scenario.sources[${i}]`));
  for (const [k, v] of Object.entries(object(s['readings'], 'scenario.readings'))) text(v, `scenario.readings.${k}`);
  number(r['seed'], 'seed', 0);
  if (!Number.isInteger(r['replications']) || (r['replications'] as number) < 1) fail('replications', 'must be a whole number of at least 1');
  text(r['engine'], 'engine');
  for (const [kind, outcomes] of Object.entries(object(r['outcomes'], 'outcomes'))) {
    for (const [name, o] of Object.entries(object(outcomes, `outcomes.${kind}`))) {
      const where = `outcomes.${kind}.${name}`;
      const summary = object(o, where);
      count(summary['count'], `${where}.count`);
      number(summary['share'], `${where}.share`, 0, 1);
      pair(summary['ci95'], `${where}.ci95`, 0, 1);
    }
  }
  for (const [kind, times] of Object.entries(object(r['timeToOutcomeDays'], 'timeToOutcomeDays'))) {
    for (const [name, t] of Object.entries(object(times, `timeToOutcomeDays.${kind}`))) {
      const time = object(t, `timeToOutcomeDays.${kind}.${name}`);
      for (const key of ['mean', 'median', 'p90']) number(time[key], `timeToOutcomeDays.${kind}.${name}.${key}`, 0);
    }
  }
  for (const [kind, list] of Object.entries(object(r['paths'], 'paths'))) {
    if (!Array.isArray(list)) fail(`paths.${kind}`, 'must be a list');
    (list as unknown[]).forEach((p, i) => {
      const where = `paths.${kind}[${i}]`;
      const path = object(p, where);
      if (text(path['path'], `${where}.path`) === '') fail(`${where}.path`, 'must name at least one state');
      count(path['count'], `${where}.count`);
      number(path['share'], `${where}.share`, 0, 1);
    });
  }
  if (r['record'] !== undefined) {
    if (!Array.isArray(r['record'])) fail('record', 'must be a list of checks');
    (r['record'] as unknown[]).forEach((c, i) => {
      const where = `record[${i}]`;
      const check = object(c, where);
      for (const key of ['id', 'source', 'says', 'use']) text(check[key], `${where}.${key}`);
      const measure = object(check['measure'], `${where}.measure`);
      text(measure['kind'], `${where}.measure.kind`);
      const outcome = measure['outcome'];
      if (!(typeof outcome === 'string' || (Array.isArray(outcome) && outcome.length > 0 && outcome.every((o) => typeof o === 'string')))) {
        fail(`${where}.measure.outcome`, 'must be a state name or a list of them');
      }
      for (const key of ['within', 'scale', 'quantile']) if (measure[key] !== undefined) number(measure[key], `${where}.measure.${key}`, 0);
      for (const key of ['by', 'cohort']) if (measure[key] !== undefined) text(measure[key], `${where}.measure.${key}`);
      const expect = object(check['expect'], `${where}.expect`);
      if ('atLeast' in expect) number(expect['atLeast'], `${where}.expect.atLeast`);
      else if ('atMost' in expect) number(expect['atMost'], `${where}.expect.atMost`);
      else if ('between' in expect) pair(expect['between'], `${where}.expect.between`);
      else if ('about' in expect) {
        number(expect['about'], `${where}.expect.about`);
        number(expect['tolerance'], `${where}.expect.tolerance`, 0);
      } else fail(`${where}.expect`, 'must have atLeast, atMost, between or about');
      const model = object(check['model'], `${where}.model`);
      if (model['estimate'] !== null) number(model['estimate'], `${where}.model.estimate`);
      if (model['ci95'] !== null) pair(model['ci95'], `${where}.model.ci95`);
      if (!verdicts.includes(check['verdict'] as string)) fail(`${where}.verdict`, `must be one of ${verdicts.join(', ')}`);
      if (check['note'] !== undefined) text(check['note'], `${where}.note`);
    });
  }
  return value as SimulationResult;
}
