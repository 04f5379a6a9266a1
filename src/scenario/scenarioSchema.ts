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

const finite = (what: string) => v.pipe(v.number(what), v.finite(what));
const checkId = v.pipe(
  v.string('an id of lowercase letters, digits and hyphens'),
  v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'an id of lowercase letters, digits and hyphens (at most 80)'),
);
const expectation = v.union(
  [
    v.strictObject({ atLeast: finite('a number') }),
    v.strictObject({ atMost: finite('a number') }),
    v.strictObject({
      between: v.pipe(v.tuple([finite('a number'), finite('a number')], 'a pair [low, high]'), v.check((b) => b[0] <= b[1], 'a pair [low, high] with low ≤ high')),
    }),
    v.strictObject({ about: finite('a number'), tolerance: v.pipe(finite('a tolerance > 0'), v.gtValue(0, 'a tolerance > 0')) }),
  ],
  'one of { atLeast: x }, { atMost: x }, { between: [a, b] }, { about: x, tolerance: t }',
);

/** The schema of one `record:` check (its meaning against the machines is checked when the scenario is resolved). */
export const recordCheckSchema = (kinds: readonly string[]) =>
  v.strictObject({
    id: checkId,
    source: text('a non-empty string naming the document, date and paragraph', noControls, 1),
    says: text('a non-empty string', noControls, 1),
    measure: v.strictObject({
      kind: v.picklist(kinds, `one of ${kinds.join(', ')}`),
      outcome: v.union(
        [v.string(), v.pipe(v.array(v.string('an outcome name')), v.minLength(1, 'an outcome name, or a non-empty list of them'))],
        'an outcome name, or a non-empty list of them',
      ),
      within: v.optional(positiveDays('a number of days > 0')),
      by: v.optional(date),
      cohort: v.optional(v.string('a cohort name')),
      scale: v.optional(v.pipe(finite('a scale > 0'), v.gtValue(0, 'a scale > 0'))),
      quantile: v.optional(v.pipe(finite('a quantile between 0 and 1'), v.gtValue(0, 'a quantile between 0 and 1'), v.ltValue(1, 'a quantile between 0 and 1'))),
    }),
    expect: expectation,
    use: v.picklist(['calibration', 'validation'], 'calibration or validation'),
  });

const range = v.pipe(
  v.tuple([finite('a number'), finite('a number')], 'a range [low, high]'),
  v.check((r) => r[0] < r[1], 'a range [low, high] with low < high'),
);

const provenance = v.strictObject({
  from: text('a scenario name', noControls, 1),
  checks: v.array(checkId),
  heldOut: v.array(checkId),
  points: v.pipe(v.number(), v.integer(), v.minValue(1)),
  accepted: v.pipe(v.number(), v.integer(), v.minValue(0)),
  acceptedBy: v.picklist(['satisfies', 'closest']),
  epsilon: v.pipe(v.number(), v.gtValue(0), v.maxValue(1)),
  seed: v.pipe(v.number(seedRange), v.integer(seedRange), v.minValue(0, seedRange), v.maxValue(maxSeed, seedRange)),
  replicationsPerPoint: v.pipe(v.number(), v.integer(), v.minValue(1)),
  version: text('a version', noControls, 1),
  posterior: v.record(v.string(), v.tuple([finite('a number'), finite('a number'), finite('a number')], 'a triple [p5, p50, p95]')),
});

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
    record: v.optional(v.array(recordCheckSchema(Object.keys(keys.population)), 'a list of record checks')),
    calibrate: v.optional(v.record(v.string(), range, 'ranges by key path, e.g. probabilities.koreaHandsOver: [0, 1]')),
    calibrated: v.optional(provenance),
  });
}
