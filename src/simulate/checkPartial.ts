import * as v from 'valibot';
import { planSimulation } from '../engine/SimulationPlan.js';
import { engines } from '../engine/engines.js';
import { InputError } from '../InputError.js';
import { checkContentDigest } from '../io/contentDigest.js';
import { resolveScenario } from '../scenario/loadScenario.js';
import { showValue } from '../scenario/showValue.js';
import { OPEN } from '../stats/KindTally.js';
import { QuantileSketch } from '../stats/QuantileSketch.js';
import { partialResultFormat, type PartialResult } from './SimulationResult.js';

const count = (what = 'a non-negative integer') => v.pipe(v.number(what), v.safeInteger(what), v.minValue(0, what));
const sketchKey = v.pipe(v.number('an integer bucket key'), v.safeInteger('an integer bucket key'));
const sketch = v.array(v.tuple([sketchKey, v.pipe(count('a positive count'), v.minValue(1, 'a positive count'))], 'a [bucket, count] pair'), 'a list of [bucket, count] pairs');
const tally = v.strictObject({
  n: count(),
  outcomes: v.record(
    v.string(),
    v.strictObject({
      count: count(),
      daysSum: v.pipe(v.number('a number of days ≥ 0'), v.finite('a number of days ≥ 0'), v.minValue(0, 'a number of days ≥ 0')),
      days: sketch,
    }, 'an outcome tally { count, daysSum, days }'),
    'outcomes by name',
  ),
  paths: v.record(v.string(), count(), 'path counts by path'),
  checks: v.optional(
    v.record(
      v.string(),
      v.strictObject({ n: count(), k: count(), days: v.optional(sketch) }, 'a check tally { n, k, days? }'),
      'record-check counts by check id',
    ),
  ),
}, 'a kind tally { n, outcomes, paths, checks? }');

/** The shape of a partial result file (`cable1957.partial/1`); the scenario is checked by its own schema. */
export const partialSchema = v.strictObject({
  format: v.literal(partialResultFormat),
  scenario: v.record(v.string(), v.unknown(), 'a scenario'),
  engine: v.picklist(Object.keys(engines), `one of ${Object.keys(engines).join(', ')}`),
  shard: v.pipe(
    v.strictObject({
      index: v.pipe(count('an integer ≥ 1'), v.minValue(1, 'an integer ≥ 1')),
      count: v.pipe(count('an integer from 1 to 100000'), v.minValue(1, 'an integer from 1 to 100000'), v.maxValue(100000, 'an integer from 1 to 100000')),
    }, 'a shard { index, count }'),
    v.check((s) => s.index <= s.count, 'an index no larger than the count'),
  ),
  reps: v.array(v.strictObject({ rep: count(), kinds: v.record(v.string(), tally, 'tallies by case kind') }, 'a replication { rep, kinds }'), 'a list of replications'),
  digest: v.string('a digest "sha256:<hex>"'),
});

/** A valibot issue's path as `reps[0].kinds.x.n`. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce((text, p) => (typeof p.key === 'number' ? `${text}[${p.key}]` : `${text}${text ? '.' : ''}${String(p.key)}`), '');
}

/**
 * Checks a parsed partial result (from a file named `where`) against its format, its digest
 * (`contentDigest`: catches edits and corruption, not a forger) and against the machines: a valid, complete scenario and a known engine; replications that belong to the shard;
 * in each, every case kind of the plan and no other, with exactly the scenario's count of cases;
 * only the outcomes the machine has (its final and settled states, or open); counts that add up
 * to n, time sketches that hold one value per case that reached its outcome, sums of days the
 * sketch can explain, and paths through the machine's states. So a merged share is always a
 * count over its n. Throws one InputError naming the file and the field path.
 */
export function checkPartial(data: unknown, where: string): PartialResult {
  const fail = (path: string, what: string): never => {
    throw new InputError(`${where}: ${path}: ${what}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== partialResultFormat) {
    const format = typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
    throw new InputError(`${where}: not a cable1957 partial result (format is ${JSON.stringify(format)}, expected "${partialResultFormat}")`);
  }
  // First: the same seed edited into every partial passes every check below; only the digest
  // shows it. The checks below still guard against a digest recomputed after an edit.
  checkContentDigest(data as Record<string, unknown>, where, 'the partial result');
  const parsed = v.safeParse(partialSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = pathOf(issue) || '(top level)';
    if (issue.type === 'strict_object' && issue.expected === 'never') return fail(path, 'unknown key');
    return fail(path, `found ${showValue(issue.input)}, expected ${issue.message}`);
  }
  const partial = parsed.output;
  const scenario = resolveScenario(partial.scenario, `${where}: scenario`, null);
  const plan = planSimulation(scenario);
  for (const [i, r] of partial.reps.entries()) {
    const at = `reps[${i}]`;
    if (r.rep >= scenario.replications) fail(`${at}.rep`, `replication ${r.rep} is outside 0..${scenario.replications - 1}`);
    if (r.rep % partial.shard.count !== partial.shard.index - 1) {
      fail(`${at}.rep`, `replication ${r.rep} does not belong to shard ${partial.shard.index}/${partial.shard.count}`);
    }
    for (const kind of Object.keys(r.kinds)) {
      if (!plan.kinds.some((k) => k.kind === kind)) fail(`${at}.kinds.${kind}`, `unknown case kind; the kinds are: ${plan.kinds.map((k) => k.kind).join(', ')}`);
    }
    for (const k of plan.kinds) {
      const t = r.kinds[k.kind];
      const kat = `${at}.kinds.${k.kind}`;
      if (!t) throw new InputError(`${where}: ${kat}: missing; every replication holds every case kind`);
      if (t.n !== k.count) fail(`${kat}.n`, `${t.n} cases, but the scenario has ${k.count} per replication`);
      let cases = 0;
      for (const [outcome, o] of Object.entries(t.outcomes)) {
        if (outcome !== OPEN && !k.outcomes.includes(outcome)) fail(`${kat}.outcomes.${outcome}`, `not an outcome of ${k.kind}; its outcomes are: ${[...k.outcomes, OPEN].join(', ')}`);
        cases += o.count;
      }
      if (cases !== t.n) fail(`${kat}.outcomes`, `the counts add up to ${cases}, not n = ${t.n}`);
      for (const [outcome, o] of Object.entries(t.outcomes)) {
        const oat = `${kat}.outcomes.${outcome}`;
        const sketch = new QuantileSketch();
        sketch.merge(o.days);
        // A case still open has no time to outcome; every other case has exactly one.
        const timed = outcome === OPEN ? 0 : o.count;
        if (sketch.count !== timed) fail(`${oat}.days`, `holds ${sketch.count} times, expected ${timed}`);
        // The sketch knows each time to ±0.5%: the sum of days must lie within its range (with slack).
        const low = timed === 0 ? 0 : timed * sketch.quantile(0) * 0.99 - 1e-6;
        const high = timed === 0 ? 0 : timed * sketch.quantile(1) * 1.01 + 1e-6;
        if (o.daysSum < low || o.daysSum > high) fail(`${oat}.daysSum`, `${o.daysSum} does not fit the times in days (between ${low} and ${high})`);
      }
      const states = new Set(k.description.states.map((s) => s.name));
      let walked = 0;
      for (const [path, n] of Object.entries(t.paths)) {
        const stranger = path.split('>').find((s) => !states.has(s));
        if (stranger !== undefined) fail(`${kat}.paths`, `path ${JSON.stringify(path)} names ${JSON.stringify(stranger)}, not a state of ${k.kind}`);
        walked += n;
      }
      if (walked !== t.n) fail(`${kat}.paths`, `the path counts add up to ${walked}, not n = ${t.n}`);
      // The scenario's record checks on this kind, each counted: no more, no fewer, within n.
      const checks = t.checks ?? {};
      for (const id of Object.keys(checks)) {
        if (!k.checks.some((c) => c.id === id)) fail(`${kat}.checks.${id}`, `not a record check of the scenario on ${k.kind}`);
      }
      for (const c of k.checks) {
        const cat = `${kat}.checks.${c.id}`;
        const ct = checks[c.id];
        if (!ct) throw new InputError(`${where}: ${cat}: missing; the scenario's record checks this kind`);
        if (ct.n > t.n) fail(`${cat}.n`, `${ct.n} cases, more than the kind's n = ${t.n}`);
        if (ct.k > ct.n) fail(`${cat}.k`, `${ct.k} cases counted, more than its n = ${ct.n}`);
        if (c.timed !== (ct.days !== undefined)) fail(`${cat}.days`, c.timed ? 'missing; the check measures a time' : 'present, but the check measures no time');
        if (ct.days) {
          const sketch = new QuantileSketch();
          sketch.merge(ct.days);
          if (sketch.count !== ct.k) fail(`${cat}.days`, `holds ${sketch.count} times, expected k = ${ct.k}`);
        }
      }
    }
  }
  return { ...partial, format: partialResultFormat, scenario } as PartialResult;
}
