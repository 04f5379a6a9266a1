import type { CompareResult } from '../../experiment/compare/CompareResult.js';
import { shapeChecker } from './shapeChecker.js';

/**
 * Checks that parsed JSON has the shape of `compare --format json` output, as far as the HTML
 * page reads it, and returns it typed. Anything else is an InputError naming the file and the
 * first key that is wrong (`CMP.json: differences.x.y.share.ci95 must be a pair [low, high]`).
 */
export function checkComparison(value: unknown, file: string): CompareResult {
  const { fail, object, text, number, count, pair, list } = shapeChecker(file);
  const paired = (v: unknown, where: string, nullable: boolean) => {
    if (v === null && nullable) return;
    const d = object(v, where);
    for (const key of ['a', 'b', 'diff']) number(d[key], `${where}.${key}`);
    pair(d['ci95'], `${where}.ci95`);
    count(d['replications'], `${where}.replications`);
  };
  const ratio = (v: unknown, where: string) => (v === null ? null : number(v, where, 0));
  const reduction = (v: unknown, where: string, nullable: boolean) => {
    // A result of 0.11.0 has no median days' reduction: the page shows none.
    if ((v === null || v === undefined) && nullable) return;
    const o = object(v, where);
    number(o['paired'], `${where}.paired`, 0);
    number(o['independent'], `${where}.independent`, 0);
    ratio(o['ratio'], `${where}.ratio`);
  };

  const r = object(value, 'the file');
  const arms = object(r['arms'], 'arms');
  for (const arm of ['a', 'b']) {
    const s = object(object(arms[arm], `arms.${arm}`)['scenario'], `arms.${arm}.scenario`);
    text(s['name'], `arms.${arm}.scenario.name`);
    for (const [k, v] of Object.entries(object(s['readings'], `arms.${arm}.scenario.readings`))) text(v, `arms.${arm}.scenario.readings.${k}`);
    for (const [k, v] of Object.entries(object(s['population'], `arms.${arm}.scenario.population`))) {
      const p = object(v, `arms.${arm}.scenario.population.${k}`);
      if (p['count'] !== undefined) count(p['count'], `arms.${arm}.scenario.population.${k}.count`);
    }
  }
  number(r['seed'], 'seed', 0);
  if (!Number.isInteger(r['replications']) || (r['replications'] as number) < 2) fail('replications', 'must be a whole number of at least 2');
  number(r['independentSeed'], 'independentSeed', 0);
  text(r['engine'], 'engine');
  for (const [kind, outcomes] of Object.entries(object(r['differences'], 'differences'))) {
    for (const [name, o] of Object.entries(object(outcomes, `differences.${kind}`))) {
      const where = `differences.${kind}.${name}`;
      const d = object(o, where);
      paired(d['share'], `${where}.share`, false);
      paired(d['medianDays'], `${where}.medianDays`, true);
      reduction(d['varianceReduction'], `${where}.varianceReduction`, false);
      reduction(d['medianDaysVarianceReduction'], `${where}.medianDaysVarianceReduction`, true);
    }
  }
  ratio(r['varianceReduction'], 'varianceReduction');
  if (r['record'] !== undefined) {
    list(r['record'], 'record', ' of checks').forEach((c, i) => {
      const where = `record[${i}]`;
      const check = object(c, where);
      text(check['id'], `${where}.id`);
      const measure = object(check['measure'], `${where}.measure`);
      text(measure['kind'], `${where}.measure.kind`);
      const outcome = measure['outcome'];
      if (!(typeof outcome === 'string' || (Array.isArray(outcome) && outcome.length > 0 && outcome.every((o) => typeof o === 'string')))) {
        fail(`${where}.measure.outcome`, 'must be a state name or a list of them');
      }
      for (const key of ['by', 'cohort']) if (measure[key] !== undefined) text(measure[key], `${where}.measure.${key}`);
      for (const key of ['within', 'scale', 'quantile']) if (measure[key] !== undefined) number(measure[key], `${where}.measure.${key}`, 0);
      paired(check['difference'], `${where}.difference`, true);
    });
  }
  list(r['notes'], 'notes', ' of strings').forEach((n, i) => text(n, `notes[${i}]`));
  return value as CompareResult;
}
