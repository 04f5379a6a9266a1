import * as v from 'valibot';
import type { PopulationSetting } from '../../machines/index.js';
import { isIsoDate } from '../case/parseFacts.js';
import { maxSeed, seedRange } from '../random/seedHalves.js';

/** What the schema is built from: the keys the machines' behaviour drivers declare. */
export interface ScenarioKeys {
  /** Case kinds with their drivers' population settings. */
  readonly population: Readonly<Record<string, Readonly<Record<string, PopulationSetting>>>>;
  /** Probability keys. */
  readonly probabilities: readonly string[];
  /** Duration keys. */
  readonly durations: readonly string[];
}

const probability = v.pipe(
  v.number('a probability in [0, 1]'),
  v.minValue(0, 'a probability in [0, 1]'),
  v.maxValue(1, 'a probability in [0, 1]'),
);
const days = (what: string) => v.pipe(v.number(what), v.finite(what), v.minValue(0, what));
const positiveDays = (what: string) => v.pipe(v.number(what), v.finite(what), v.gtValue(0, what));
const count = v.pipe(
  v.number('a non-negative integer'),
  v.integer('a non-negative integer'),
  v.minValue(0, 'a non-negative integer'),
  v.maxValue(1e9, 'a non-negative integer up to 1e9'),
);
const date = v.pipe(
  v.union([v.string(), v.date()], 'a date YYYY-MM-DD'),
  v.transform((d) => (d instanceof Date ? (Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10)) : d)),
  v.check(isIsoDate, 'a date YYYY-MM-DD'),
);

// Names and descriptions reach the terminal (the table's header): control characters and ANSI
// escapes would be printed raw, so they are refused; a description may still span lines.
const noControls = /^[^\p{Cc}]*$/u;
const noControlsButLines = /^[^\p{Cc}]*(?:[\n\t][^\p{Cc}]*)*$/u;
const text = (what: string, allowed: RegExp, minLength = 0) =>
  v.pipe(v.string(what), v.minLength(minLength, what), v.regex(allowed, `${what} without control characters or terminal escapes`));

/** The schema of a duration distribution: `{ dist, … }` with valid parameters. */
export const distributionSchema = v.variant(
  'dist',
  [
    v.strictObject({ dist: v.literal('fixed'), days: days('a number of days ≥ 0') }),
    v.pipe(
      v.strictObject({ dist: v.literal('uniform'), min: days('a number of days ≥ 0'), max: days('a number of days ≥ 0') }),
      v.check((d) => d.max >= d.min, 'max ≥ min'),
    ),
    v.strictObject({ dist: v.literal('exponential'), mean: positiveDays('a mean in days > 0') }),
    v.pipe(
      v.strictObject({ dist: v.literal('lognormal'), median: positiveDays('a median in days > 0'), p90: positiveDays('a p90 in days > 0') }),
      v.check((d) => d.p90 > d.median, 'p90 > median'),
    ),
  ],
  'one of fixed, uniform, exponential, lognormal',
);

const record = <T extends v.GenericSchema>(keys: readonly string[], schema: (key: string) => T) =>
  v.strictObject(Object.fromEntries(keys.map((k) => [k, v.optional(schema(k))])) as Record<string, v.OptionalSchema<T, undefined>>);

/**
 * The schema of a scenario file, built from the keys the drivers declare: every key optional
 * but `name`, unknown keys rejected, probabilities in [0, 1], counts non-negative integers,
 * distributions valid.
 */
export function scenarioSchema(keys: ScenarioKeys) {
  return v.strictObject({
    name: text('a non-empty string', noControls, 1),
    description: v.optional(text('a string', noControlsButLines)),
    sources: v.optional(v.array(text('a string', noControls), 'a list of strings')),
    seed: v.optional(v.pipe(v.number(seedRange), v.integer(seedRange), v.minValue(0, seedRange), v.maxValue(maxSeed, seedRange))),
    replications: v.optional(v.pipe(v.number('an integer from 1 to 100000'), v.integer('an integer from 1 to 100000'), v.minValue(1, 'an integer from 1 to 100000'), v.maxValue(100000, 'an integer from 1 to 100000'))),
    startDate: v.optional(date),
    horizonDays: v.optional(v.pipe(v.number('a number of days > 0'), v.finite('a number of days > 0'), v.gtValue(0, 'a number of days > 0'), v.maxValue(36500, 'at most 36500 days'))),
    readings: v.optional(v.record(v.string(), v.string('the name of an option'), 'readings by name')),
    population: v.optional(
      v.strictObject(
        Object.fromEntries(
          Object.entries(keys.population).map(([kind, settings]) => [
            kind,
            v.optional(
              v.strictObject({
                count: v.optional(count),
                ...Object.fromEntries(
                  Object.entries(settings).map(([name, s]) => [name, v.optional(s.kind === 'share' ? probability : days('a number ≥ 0'))]),
                ),
              }),
            ),
          ]),
        ),
      ),
    ),
    probabilities: v.optional(record(keys.probabilities, () => probability)),
    durations: v.optional(record(keys.durations, () => distributionSchema)),
  });
}
