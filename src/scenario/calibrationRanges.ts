import { behaviourDrivers } from '../../machines/index.js';
import { InputError } from '../InputError.js';
import { showValue } from './showValue.js';
import type { Distribution, Scenario } from './Scenario.js';

/** One assumption `calibrate` may move: its scenario key, prior range and how to set it. */
export interface CalibrationRange {
  /** The key as written under `calibrate:`, e.g. `probabilities.koreaHandsOver`. */
  readonly key: string;
  /** The prior range's lower end. */
  readonly lo: number;
  /** The prior range's upper end (> lo). */
  readonly hi: number;
  /** True for a population count: values are rounded to integers. */
  readonly integer: boolean;
  /** Returns a copy of `scenario` with this assumption set to `value` (rounded when `integer`). Pure. */
  readonly apply: (scenario: Scenario, value: number) => Scenario;
}

/** The duration parameter each `durations.<key>.<parameter>` moves, and the distribution that has it. */
const durationParameters = { median: 'lognormal', mean: 'exponential', days: 'fixed' } as const;

/** The forms a key may take, for messages. */
const keyForms = 'probabilities.<key>, durations.<key>.median|mean|days or population.<kind>.<setting>';

/** A range's checks: what it must lie within, in words and as a test. */
interface Bounds {
  readonly text: string;
  readonly ok: (lo: number, hi: number) => boolean;
}
const unitInterval: Bounds = { text: 'a range within [0, 1]', ok: (lo, hi) => lo >= 0 && hi <= 1 };
const positive: Bounds = { text: 'a range of days > 0', ok: (lo) => lo > 0 };
const nonNegative = (unit: string): Bounds => ({ text: `a range of ${unit} ≥ 0`, ok: (lo) => lo >= 0 });
const counts: Bounds = { text: 'a range of counts from 0 to 1e9', ok: (lo, hi) => lo >= 0 && hi <= 1e9 };

/** What a key moves: the bounds of its range, whether it is a count, and the setter. */
interface Target {
  readonly bounds: Bounds;
  readonly integer: boolean;
  readonly set: (scenario: Scenario, value: number) => Scenario;
}

/** Resolves a key against the scenario; a string is the reason it names nothing that can move. */
function targetOf(key: string, scenario: Scenario): Target | string {
  const parts = key.split('.');
  const [section, name, setting] = parts;
  if (section === 'probabilities' && parts.length === 2 && name !== undefined) {
    if (!Object.hasOwn(scenario.probabilities, name)) return `a probability key (one of: ${Object.keys(scenario.probabilities).join(', ')})`;
    return { bounds: unitInterval, integer: false, set: (s, value) => ({ ...s, probabilities: { ...s.probabilities, [name]: value } }) };
  }
  if (section === 'durations' && parts.length === 3 && name !== undefined && setting !== undefined) {
    if (!Object.hasOwn(scenario.durations, name)) return `a duration key (one of: ${Object.keys(scenario.durations).join(', ')})`;
    if (!Object.hasOwn(durationParameters, setting)) return `durations.${name}.median (lognormal), .mean (exponential) or .days (fixed)`;
    const dist = durationParameters[setting as keyof typeof durationParameters];
    const current = (scenario.durations as Record<string, Distribution>)[name]!;
    if (current.dist !== dist) return `${dist === 'exponential' ? 'an' : 'a'} ${dist} duration for .${setting}: durations.${name} is ${current.dist} in this scenario`;
    const set = (s: Scenario, value: number): Scenario => {
      const d = (s.durations as Record<string, Distribution>)[name];
      if (d?.dist !== dist) throw new Error(`durations.${name} is not ${dist} in scenario ${s.name}`);
      // The median moves and the spread stays: p90/median is the lognormal's shape, an assumption of its own.
      const moved: Distribution =
        d.dist === 'lognormal' ? { ...d, median: value, p90: value * (d.p90 / d.median) } : d.dist === 'exponential' ? { ...d, mean: value } : { dist: 'fixed', days: value };
      return { ...s, durations: { ...s.durations, [name]: moved } };
    };
    return { bounds: setting === 'days' ? nonNegative('days') : positive, integer: false, set };
  }
  if (section === 'population' && parts.length === 3 && name !== undefined && setting !== undefined) {
    const row = Object.hasOwn(scenario.population, name) ? scenario.population[name] : undefined;
    if (!row) return `a case kind (one of: ${Object.keys(scenario.population).join(', ')})`;
    if (!Object.hasOwn(row, setting)) return `a setting of ${name} (one of: ${Object.keys(row).join(', ')})`;
    const integer = setting === 'count';
    const share = (behaviourDrivers as Record<string, { population: Record<string, { kind: string }> }>)[name]?.population[setting]?.kind === 'share';
    const set = (s: Scenario, value: number): Scenario => ({
      ...s,
      population: { ...s.population, [name]: { ...s.population[name], [setting]: integer ? Math.round(value) : value } },
    });
    return { bounds: integer ? counts : share ? unitInterval : nonNegative('numbers'), integer, set };
  }
  return keyForms;
}

/**
 * Checks a scenario's `calibrate:` mapping against the resolved scenario and returns one range per
 * key, in the mapping's order. Each key must name an assumption the scenario has (a lognormal's
 * median, an exponential's mean, a fixed duration's days, a probability, a population setting) and
 * its range `[lo, hi]` must be finite, lo < hi, within what the assumption may take. Throws an
 * InputError `${where}: ${section}.<key>: found …, expected …` for the first problem (`section`: the
 * mapping the keys come from, `calibrate` in a scenario, `grid` or `ranges` in a sweep). Pure.
 */
export function calibrationRanges(
  calibrate: Readonly<Record<string, readonly [number, number]>>,
  scenario: Scenario,
  where: string,
  section = 'calibrate',
): CalibrationRange[] {
  return Object.entries(calibrate).map(([key, range]): CalibrationRange => {
    const at = `${where}: ${section}.${key}`;
    const target = targetOf(key, scenario);
    if (typeof target === 'string') throw new InputError(`${at}: found no such assumption, expected ${target}`);
    const pair = range as unknown;
    const finitePair = Array.isArray(pair) && pair.length === 2 && pair.every((x) => typeof x === 'number' && Number.isFinite(x));
    // Each end shown on its own: JSON would print .inf and .nan as null.
    const found = Array.isArray(pair) ? `[${pair.map(showValue).join(', ')}]` : showValue(pair);
    if (!finitePair) throw new InputError(`${at}: found ${found}, expected [lo, hi]: two finite numbers`);
    const [lo, hi] = pair as [number, number];
    if (!(lo < hi)) throw new InputError(`${at}: found [${lo}, ${hi}], expected lo < hi`);
    if (!target.bounds.ok(lo, hi)) throw new InputError(`${at}: found [${lo}, ${hi}], expected ${target.bounds.text}`);
    // A count range must hold at least one integer, else every point would round outside it.
    if (target.integer && Math.ceil(lo) > Math.floor(hi)) throw new InputError(`${at}: found [${lo}, ${hi}], expected a range holding an integer`);
    return { key, lo, hi, integer: target.integer, apply: target.set };
  });
}
