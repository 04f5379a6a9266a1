import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { embeddedScenarios } from '../../../machines/index.js';
import { designValues } from '../../calibrate/designValues.js';
import { readInputFile } from '../../cli/readInputFile.js';
import { planSimulation } from '../../engine/SimulationPlan.js';
import { InputError } from '../../InputError.js';
import { isSeed, seedRange } from '../../random/seedHalves.js';
import { calibrationRanges, type CalibrationRange } from '../../scenario/calibrationRanges.js';
import { loadScenario, parseScenarioText, resolveScenario } from '../../scenario/loadScenario.js';
import type { Scenario } from '../../scenario/Scenario.js';
import { showValue } from '../../scenario/showValue.js';
import { OPEN } from '../../stats/KindTally.js';
import type { SweepDesign, SweepTarget } from './SweepDesign.js';

const topKeys = ['description', 'scenario', 'seed', 'grid', 'points', 'ranges', 'targets', 'batch', 'maxReplications'];
/** The most points a sweep may have, grid or not. */
export const maxSweepPoints = 100000;
const isMapping = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A checker that throws one InputError `where: path: found …, expected …`. */
const failAt = (where: string) => (path: string, found: unknown, expected: string): never => {
  throw new InputError(`${where}: ${path}: found ${showValue(found)}, expected ${expected}`);
};

/** Checks an integer setting with a default. */
function integerAt(data: Record<string, unknown>, key: string, fallback: number, min: number, max: number, fail: ReturnType<typeof failAt>): number {
  const x = data[key] ?? fallback;
  if (!(typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max)) fail(key, x, `an integer from ${min} to ${max}`);
  return x as number;
}

/** The base scenario: an embedded name, a file (relative to the sweep file), or a mapping written inline. */
function baseScenario(value: unknown, where: string, fail: ReturnType<typeof failAt>): Scenario {
  if (value === undefined) return loadScenario(embeddedScenarios['baseline']!, 'embedded scenario baseline');
  if (isMapping(value)) return resolveScenario(value, `${where}: scenario`);
  if (typeof value !== 'string' || value === '') return fail('scenario', value, 'an embedded scenario name, a scenario file or a scenario mapping');
  const path = resolve(dirname(where), value);
  if (existsSync(path)) return loadScenario(readInputFile(path), value);
  const text = embeddedScenarios[value];
  if (text === undefined) return fail('scenario', value, `an embedded scenario (${Object.keys(embeddedScenarios).join(', ')}) or a scenario file (none at ${path})`);
  return loadScenario(text, `embedded scenario ${value}`);
}

/** Checks keys and ranges with calibrate's rules, naming them under `section` (grid or ranges). */
function rangesOf(section: string, ranges: Record<string, readonly [number, number]>, scenario: Scenario, where: string): CalibrationRange[] {
  return calibrationRanges(ranges, scenario, where, section);
}

/** The grid: every combination of the listed values, the first key varying slowest. */
function gridPoints(grid: Record<string, unknown>, scenario: Scenario, where: string, fail: ReturnType<typeof failAt>) {
  const keys = Object.keys(grid);
  if (keys.length === 0) fail('grid', grid, 'at least one key with a list of values');
  const lists = keys.map((key) => {
    const values = grid[key];
    if (!Array.isArray(values) || values.length < 2 || !values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      return fail(`grid.${key}`, values, 'a list of two or more finite numbers (a fixed value belongs in the scenario)');
    }
    if (new Set(values).size !== values.length) fail(`grid.${key}`, values, 'distinct values');
    return values as number[];
  });
  const ranges = Object.fromEntries(keys.map((k, i) => [k, [Math.min(...lists[i]!), Math.max(...lists[i]!)] as const]));
  const checked = rangesOf('grid', ranges, scenario, where);
  checked.forEach((r, i) => {
    if (r.integer && !lists[i]!.every(Number.isInteger)) fail(`grid.${r.key}`, lists[i], 'whole numbers (it is a count)');
  });
  const total = lists.reduce((a, l) => a * l.length, 1);
  if (total > maxSweepPoints) fail('grid', `${total} points`, `at most ${maxSweepPoints} points`);
  let points: number[][] = [[]];
  for (const list of lists) points = points.flatMap((p) => list.map((v) => [...p, v]));
  return { keys, ranges, points };
}

/** Latin hypercube points over ranges; values are rounded to 6 significant digits so the printed value is the value run. */
function hypercubePoints(data: Record<string, unknown>, scenario: Scenario, where: string, fail: ReturnType<typeof failAt>) {
  const count = data['points'];
  if (!(typeof count === 'number' && Number.isInteger(count) && count >= 1 && count <= maxSweepPoints)) fail('points', count, `an integer from 1 to ${maxSweepPoints}`);
  const given = data['ranges'];
  if (!isMapping(given) || Object.keys(given).length === 0) return fail('ranges', given, 'a mapping of keys to [lo, hi], e.g. { probabilities.koreaHandsOver: [0, 1] }');
  const checked = rangesOf('ranges', given as Record<string, readonly [number, number]>, scenario, where);
  const points = designValues(checked, count as number, scenario.seed).map((values) =>
    values.map((v, d) => (checked[d]!.integer ? v : Math.min(Math.max(Number(v.toPrecision(6)), checked[d]!.lo), checked[d]!.hi))),
  );
  return { keys: checked.map((r) => r.key), ranges: Object.fromEntries(checked.map((r) => [r.key, [r.lo, r.hi] as const])), points };
}

/** The targets, each checked against the scenario's kinds, outcomes and record. */
function targetsOf(value: unknown, scenario: Scenario, where: string, fail: ReturnType<typeof failAt>): SweepTarget[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return fail('targets', value, 'a list such as [{ kind: chineseResidentInKorea, outcome: repatriated, halfWidth: 0.01 }]');
  const outcomes = Object.fromEntries(planSimulation(scenario).kinds.map((k) => [k.kind, [...k.outcomes, OPEN]]));
  return value.map((t: unknown, i): SweepTarget => {
    const at = `targets[${i}]`;
    if (!isMapping(t)) return fail(at, t, '{ kind, outcome, halfWidth } or { check, halfWidth }');
    const allowed = 'check' in t ? ['check', 'halfWidth'] : ['kind', 'outcome', 'halfWidth'];
    const unknown = Object.keys(t).find((k) => !allowed.includes(k));
    if (unknown !== undefined) throw new InputError(`${where}: ${at}: unknown key ${showValue(unknown)}; a target has ${allowed.join(', ')}`);
    const half = t['halfWidth'];
    if ('check' in t) {
      const ids = scenario.record.map((c) => c.id);
      if (!ids.includes(t['check'] as string)) fail(`${at}.check`, t['check'], ids.length > 0 ? `a record check of the scenario (${ids.join(', ')})` : 'a record check, but the scenario has none');
      if (!(typeof half === 'number' && Number.isFinite(half) && half > 0)) fail(`${at}.halfWidth`, half, 'a number > 0, in the check\'s unit');
      return { check: t['check'] as string, halfWidth: half as number };
    }
    const kind = t['kind'];
    if (typeof kind !== 'string' || !Object.hasOwn(outcomes, kind)) fail(`${at}.kind`, kind, `a case kind (${Object.keys(outcomes).join(', ')})`);
    const outcome = t['outcome'];
    if (typeof outcome !== 'string' || !outcomes[kind as string]!.includes(outcome)) fail(`${at}.outcome`, outcome, `an outcome of ${String(kind)} (${outcomes[kind as string]!.join(', ')})`);
    if (!(typeof half === 'number' && half > 0 && half <= 1)) fail(`${at}.halfWidth`, half, 'a share in (0, 1], e.g. 0.01');
    return { kind: kind as string, outcome: outcome as string, halfWidth: half as number };
  });
}

/**
 * Checks a sweep file's parsed content and resolves it: the base scenario, the points (a grid or
 * a seeded Latin hypercube), the targets, the batch and the most replications. `where` names the
 * file in every message; the first problem is one InputError `where: path: found …, expected …`.
 * `seed` (the command's --seed) overrides the file's.
 */
export function resolveSweep(data: unknown, where: string, seed?: number): SweepDesign {
  const fail = failAt(where);
  if (!isMapping(data)) return fail('(top level)', data, 'a mapping with scenario, grid or points and ranges, targets');
  const unknown = Object.keys(data).find((k) => !topKeys.includes(k));
  if (unknown !== undefined) throw new InputError(`${where}: unknown key ${showValue(unknown)}; expected one of: ${topKeys.join(', ')}`);
  if (data['description'] !== undefined && typeof data['description'] !== 'string') fail('description', data['description'], 'text');
  const base = baseScenario(data['scenario'], where, fail);
  const chosen = seed ?? data['seed'] ?? base.seed;
  if (!isSeed(chosen)) fail('seed', chosen, seedRange);
  const scenario: Scenario = { ...base, seed: chosen as number };
  const hasGrid = data['grid'] !== undefined;
  if (hasGrid === (data['points'] !== undefined || data['ranges'] !== undefined)) {
    throw new InputError(`${where}: the design: give either grid: { key: [values] } or points: N with ranges: { key: [lo, hi] }`);
  }
  if (hasGrid && !isMapping(data['grid'])) fail('grid', data['grid'], 'a mapping of keys to lists of values');
  const points = hasGrid ? gridPoints(data['grid'] as Record<string, unknown>, scenario, where, fail) : hypercubePoints(data, scenario, where, fail);
  const targets = targetsOf(data['targets'], scenario, where, fail);
  const batch = integerAt(data, 'batch', 5, 1, 10000, fail);
  const maxReplications = integerAt(data, 'maxReplications', 200, 1, 100000, fail);
  return { where, scenario, design: hasGrid ? 'grid' : 'latinHypercube', ...points, targets, batch, maxReplications };
}

/** Reads and resolves a sweep file (YAML or JSON); every problem is one InputError naming the file. */
export function loadSweep(path: string, seed?: number): SweepDesign {
  return resolveSweep(parseScenarioText(readInputFile(path), path), path, seed);
}
