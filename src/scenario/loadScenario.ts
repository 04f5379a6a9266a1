import * as v from 'valibot';
import { parseDocument } from 'yaml';
import { behaviourDrivers, caseMachines, durationKeys, embeddedScenarios, probabilityKeys, resolveReadings, type DurationKey, type ProbabilityKey } from '../../machines/index.js';
import { effectiveDateText } from '../case/effectiveDateText.js';
import { InputError } from '../InputError.js';
import { checkRecord } from '../record/checkRecord.js';
import type { RecordCheck } from '../record/RecordCheck.js';
import { describeMachine } from '../structure/describeMachine.js';
import { calibrationRanges } from './calibrationRanges.js';
import { showValue } from './showValue.js';
import type { Distribution, Provenance, Scenario } from './Scenario.js';
import { scenarioSchema } from './scenarioSchema.js';

const schema = scenarioSchema({
  population: Object.fromEntries(Object.entries(behaviourDrivers).map(([kind, d]) => [kind, d.population])),
  probabilities: probabilityKeys,
  durations: durationKeys,
});

// What record checks may name: each kind's outcomes (final and settled states; readings change
// guards, not states) and its driver's cohorts.
let recordNames: { outcomes: Record<string, string[]>; cohorts: Record<string, string[]> } | undefined;
const namesForRecord = () =>
  (recordNames ??= {
    outcomes: Object.fromEntries(
      Object.entries(caseMachines).map(([kind, machine]) => [kind, describeMachine(machine).states.filter((s) => s.final || s.settled).map((s) => s.name)]),
    ),
    cohorts: Object.fromEntries(Object.entries(behaviourDrivers).map(([kind, d]) => [kind, Object.keys(d.cohorts ?? {})])),
  });

/** A scenario as written: only `name` is required. */
export type ScenarioInput = v.InferOutput<typeof schema>;


/** Keys allowed at a path of the scenario, read from a complete scenario. */
function keysAt(template: unknown, path: readonly (string | number)[]): string[] {
  let node = template;
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  return node && typeof node === 'object' ? Object.keys(node) : [];
}

// Keys of the record checks and the provenance: the base scenario may have none to read them from.
const checkKeys = ['id', 'source', 'says', 'measure', 'expect', 'use'];
const measureKeys = ['kind', 'outcome', 'within', 'by', 'cohort', 'scale', 'quantile'];
const provenanceKeys = ['from', 'checks', 'heldOut', 'points', 'accepted', 'acceptedBy', 'epsilon', 'seed', 'replicationsPerPoint', 'version', 'posterior'];
const listedKeys = (parent: readonly (string | number)[]): string[] | undefined =>
  parent[0] === 'record' ? (parent.length === 2 ? checkKeys : parent[2] === 'measure' ? measureKeys : undefined) : parent[0] === 'calibrated' && parent.length === 1 ? provenanceKeys : undefined;

/** One issue as "path: found X, expected Y" (or the unknown key and the keys allowed there). */
function formatIssue(issue: v.BaseIssue<unknown>, template: unknown): string {
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  // Positions in lists read as record[2], as the record checks' own messages write them.
  const where = path.length > 0 ? path.reduce<string>((text, p) => (typeof p === 'number' ? `${text}[${p}]` : `${text}${text ? '.' : ''}${p}`), '') : '(top level)';
  if (issue.type === 'strict_object' && issue.kind === 'schema' && issue.input === undefined) {
    return `${where}: missing; this key is required here`;
  }
  // valibot reports an unknown key as expecting "never"; any other strict_object issue is a value
  // that is not a mapping at all (e.g. `probabilities: null`).
  if (issue.type === 'strict_object' && issue.kind === 'schema' && issue.expected !== 'never') {
    return `${where}: found ${showValue(issue.input)}, expected a mapping (an object of keys)`;
  }
  if (issue.type === 'strict_object' && issue.kind === 'schema') {
    const parent = path.slice(0, -1);
    const allowed = parent.length === 0 ? ['name', ...keysAt(template, []), 'record', 'calibrate', 'calibrated'] : (listedKeys(parent) ?? keysAt(template, parent));
    return `${where}: unknown key ${showValue(path.at(-1))}; expected one of: ${[...new Set(allowed)].join(', ')}`;
  }
  if (issue.type === 'variant' && path.at(-1) !== 'dist' && (typeof issue.input !== 'object' || issue.input === null)) {
    return `${where}: found ${showValue(issue.input)}, expected a distribution such as { dist: exponential, mean: 7 }`;
  }
  const expected = issue.message.startsWith('Invalid') ? (issue.expected ?? 'a valid value') : issue.message;
  return `${where}: found ${showValue(issue.input)}, expected ${expected}`;
}

const MAX_SCENARIO_CHARS = 16 * 1024 * 1024;

/**
 * Parses YAML or JSON text (JSON is YAML); a syntax error names the line and column. A warning
 * (e.g. an unknown tag such as `!!js/function`) is refused like an error: the yaml package would
 * print it as a multi-line Node warning and carry on.
 */
export function parseScenarioText(text: string, where: string): unknown {
  // A real scenario is a few KB; parsing 50 MB of YAML takes half a minute and gigabytes.
  if (text.length > MAX_SCENARIO_CHARS) throw new InputError(`${where}: larger than 16 MB, the most a scenario may hold`);
  try {
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) throw problem;
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const e = error as Error & { linePos?: { line: number; col: number }[] };
    const pos = e.linePos?.[0];
    const at = pos ? ` (line ${pos.line}, column ${pos.col})` : '';
    throw new InputError(`${where}: not valid YAML or JSON${at}: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`);
  }
}

/**
 * Checks a parsed scenario and fills in every missing key from `base` (the embedded baseline
 * by default). A `startDate` written before the effective date its readings give is refused; one
 * inherited from `base` moves to the effective date. Throws an InputError naming the field path, the value found and what is expected.
 */
export function resolveScenario(data: unknown, where: string, base: Scenario | null = baselineScenario()): Scenario {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(`${where}: found ${showValue(data)}, expected a mapping of scenario keys (at least "name")`);
  }
  const result = v.safeParse(schema, data);
  if (!result.success) throw new InputError(`${where}: ${formatIssue(result.issues[0], base ?? data)}`);
  const s = result.output;
  const pick = <K extends keyof Scenario>(key: K): Scenario[K] => {
    const value = (s as Partial<Scenario>)[key] ?? base?.[key];
    if (value === undefined) throw new InputError(`${where}: ${String(key)}: missing, and there is no baseline to take it from`);
    return value as Scenario[K];
  };
  const merged = <K extends string, T>(key: 'probabilities' | 'durations', keys: readonly K[]): Record<K, T> => {
    const out = {} as Record<K, T>;
    for (const k of keys) {
      const value = (s[key] as Record<string, T | undefined> | undefined)?.[k] ?? (base?.[key] as Record<string, T> | undefined)?.[k];
      if (value === undefined) throw new InputError(`${where}: ${key}.${k}: missing, and there is no baseline to take it from`);
      out[k] = value;
    }
    return out;
  };
  const population: Record<string, Record<string, number>> = {};
  for (const [kind, driver] of Object.entries(behaviourDrivers)) {
    const given = (s.population as Record<string, Record<string, number | undefined> | undefined> | undefined)?.[kind] ?? {};
    const row: Record<string, number> = {};
    for (const key of ['count', ...Object.keys(driver.population)]) {
      const value = given[key] ?? base?.population[kind]?.[key] ?? driver.population[key]?.default;
      if (value === undefined) throw new InputError(`${where}: population.${kind}.${key}: missing, and there is no baseline to take it from`);
      row[key] = value;
    }
    population[kind] = row;
  }
  // valibot's record drops a `__proto__` key; put it back so it is refused as an unknown reading.
  const given = (data as Record<string, unknown>)['readings'];
  const proto: Record<string, string> =
    typeof given === 'object' && given !== null && Object.hasOwn(given, '__proto__') ? { ['__proto__']: String((given as Record<string, unknown>)['__proto__']) } : {};
  let readings: Record<string, string>;
  try {
    readings = resolveReadings({ ...(base?.readings ?? {}), ...(s.readings ?? {}), ...proto });
  } catch (error) {
    throw new InputError(`${where}: readings: ${(error as Error).message}`);
  }
  // Design §6.10: a simulated case is never dated before the cable applies under the scenario's
  // own readings. A startDate written earlier is refused rather than silently moved; one taken
  // from the base (e.g. the baseline's 1957-12-17 under effectiveDate=received) moves to the
  // effective date, which the resolved scenario shows.
  const effective = effectiveDateText(readings);
  if (s.startDate !== undefined && s.startDate < effective.date) throw new InputError(`${where}: startDate: ${s.startDate} is before the ${effective.text}`);
  const inherited = pick('startDate');
  const startDate = inherited < effective.date ? effective.date : inherited;
  // The record and the calibration ranges belong to a scenario, like its description: a scenario
  // of another name does not inherit the baseline's checks, which speak of the baseline's people.
  const own = base !== null && s.name === base.name;
  const record = (s.record as readonly RecordCheck[] | undefined) ?? (own ? base.record : []);
  const horizonDays = pick('horizonDays');
  checkRecord(record, { startDate, horizonDays, ...namesForRecord() }, where);
  const calibrate = s.calibrate ?? (own ? base.calibrate : {});
  const calibrated = s.calibrated as Provenance | undefined;
  const scenario: Scenario = {
    name: s.name,
    description: s.description ?? (base && s.name === base.name ? base.description : ''),
    sources: s.sources ?? (base && s.name === base.name ? base.sources : []),
    seed: pick('seed'),
    replications: pick('replications'),
    startDate,
    horizonDays,
    readings,
    population,
    probabilities: merged<ProbabilityKey, number>('probabilities', probabilityKeys),
    durations: merged<DurationKey, Distribution>('durations', durationKeys),
    record,
    calibrate,
    ...(calibrated ? { calibrated } : {}),
  };
  // Each calibration key must name an assumption the resolved scenario has, with a range its
  // values allow: checked here so that simulate refuses a bad one too, not only calibrate.
  calibrationRanges(calibrate, scenario, where);
  return scenario;
}

/** Loads a scenario from YAML or JSON text; `where` (a file name) prefixes every error. */
export function loadScenario(text: string, where = 'scenario', base: Scenario | null = baselineScenario()): Scenario {
  return resolveScenario(parseScenarioText(text, where), where, base);
}

let baseline: Scenario | undefined;

/** The embedded baseline scenario, resolved (every key present). */
export function baselineScenario(): Scenario {
  baseline ??= resolveScenario(parseScenarioText(embeddedScenarios['baseline']!, 'embedded baseline'), 'embedded baseline', null);
  return baseline;
}

/** An embedded scenario by name, resolved over the baseline; an unknown name lists the names. */
export function embeddedScenario(name: string): Scenario {
  const text = embeddedScenarios[name];
  if (text === undefined) throw new InputError(`no embedded scenario "${name}"; the embedded scenarios are: ${Object.keys(embeddedScenarios).join(', ')}`);
  return loadScenario(text, `embedded scenario ${name}`);
}
