import { embeddedScenarios, resolveReadings } from '../../../machines/index.js';
import { defaultEngine, engines } from '../../engine/engines.js';
import { compare } from '../../experiment/compare/compare.js';
import { comparisonFormats, formatComparison } from '../../experiment/compare/formatComparison.js';
import { InputError } from '../../InputError.js';
import type { Scenario } from '../../scenario/Scenario.js';
import { checkOutPath } from '../checkOutPath.js';
import { emit } from '../emit.js';
import type { CliIO } from '../io.js';
import { oneOf, parseCommandArgs } from '../parseCommandArgs.js';
import { parseInteger } from '../parseInteger.js';
import { parseReadings } from '../parseReadings.js';
import { parseSeed } from '../parseSeed.js';
import { progressBar } from '../progressBar.js';
import { scenarioFrom } from '../scenarioFrom.js';

const help = () => `Usage: cable1957 compare [--scenario X] [--readings r=o,...] (--vs-readings r=o,... | --vs-scenario Y) [options]

Compares two readings, or two scenarios, on common random numbers. Arm A is --scenario with
--readings applied over its readings; arm B is --vs-scenario (default: the same scenario) with
--vs-readings applied over its readings. Both arms run on the same seed and replications, so
every case draws the same random stream in both and the arms differ only where their rules or
assumptions do.

For every case kind and outcome it prints the share under A and B and the paired difference
B - A with a 95% interval, and the same for the median days to the outcome; with record checks,
B - A in each check's estimate. Paired: in each replication r the difference d_r = B_r - A_r is
taken on the same cases, and the interval is Student's t across the replications' d_r. Because
both arms share their noise, d_r varies far less than the difference of two independent runs:
the interval is that much narrower. The interval measures Monte Carlo noise given the
scenarios' assumptions - not uncertainty about history, which the assumptions dominate.

The variance reduction is measured, not assumed: arm B runs a third time on an independent seed
(the seed + 2654435769, mod 2^53) and "var. ÷" is the variance across replications of
B(independent) - A over the paired variance, for each share and for each median days (over
the replications where all three runs reached the outcome); the overall figure pools the
shares the arms change. An interval's width shrinks by the square root of the ratio. "∞"
means the arms agree in every case (the readings do not change that share at all). The ratio
is itself estimated from the replications (two variances, R - 1 degrees of freedom each): with
20 replications a figure between about 0.4 and 2.5 shows no gain either way. Needs at least 2
replications.

Two scenarios whose kinds have different counts still pair by replication (the intervals hold):
the first cases share their streams, the others do not, and the output says so. Arm B always
runs on arm A's seed and replications (--seed and --replications set both).

Options:
  --scenario NAME|FILE     arm A's scenario: embedded (${Object.keys(embeddedScenarios).join(', ')}; default baseline) or a file
  --readings r=o,...       arm A's readings over its scenario's (see "cable1957 readings")
  --vs-scenario NAME|FILE  arm B's scenario (default: arm A's scenario)
  --vs-readings r=o,...    arm B's readings over its scenario's
  --seed N                 the seed of both arms (default arm A's scenario's)
  --replications N         replications per arm, at least 2 (default arm A's scenario's)
  --workers N              worker threads splitting the replications (default 1); the result is
                           identical for any number
  --engine NAME            ${Object.keys(engines).join(', ')} (default ${defaultEngine})
  --format FORMAT          ${comparisonFormats.join(', ')} (default table); html is one
                           self-contained page with the differences drawn as dot-and-whisker
                           plots (also "cable1957 report" of the JSON)
  --out FILE               write the result to FILE (atomically) instead of standard output
  --quiet                  no progress bar (it shows only on a terminal anyway)
  -h, --help               show this help

JSON: { arms: { a: { scenario }, b: { scenario } }, seed, replications, independentSeed, engine,
  differences: { <kind>: { <outcome>: { share: { a, b, diff, ci95, replications },
    medianDays: { a, b, diff, ci95, replications } | null,
    varianceReduction: { paired, independent, ratio },
    medianDaysVarianceReduction: { paired, independent, ratio } | null } } },
  varianceReduction, record?: [ { id, measure, difference } ], notes: [ ... ] }
`;

/** Applies a readings selection over a scenario's readings; errors name `flag`. */
function withReadings(scenario: Scenario, text: string | undefined, flag: string): Scenario {
  if (text === undefined) return scenario;
  try {
    const selection = parseReadings(text);
    return { ...scenario, readings: resolveReadings({ ...scenario.readings, ...selection }) };
  } catch (error) {
    // parseReadings names --readings; resolveReadings names nothing.
    const message = (error as Error).message.replace(/^--readings: /, '');
    throw new InputError(`compare: --${flag}: ${message}`);
  }
}

/** `cable1957 compare`: two readings or scenarios on common random numbers, paired differences with 95% intervals and the measured variance reduction. */
export async function compareCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('compare', args, {
    scenario: { type: 'string' },
    'vs-scenario': { type: 'string' },
    readings: { type: 'string' },
    'vs-readings': { type: 'string' },
    seed: { type: 'string' },
    replications: { type: 'string' },
    workers: { type: 'string' },
    engine: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(help());
    return 0;
  }
  checkOutPath('compare', 'out', values.out, [values.scenario, values['vs-scenario']].filter((f): f is string => f !== undefined));
  if (values['vs-readings'] === undefined && values['vs-scenario'] === undefined) {
    throw new InputError('compare: name arm B with --vs-readings or --vs-scenario (see "cable1957 compare --help")');
  }
  const format = oneOf('compare', 'format', values.format ?? 'table', comparisonFormats);
  const workers = parseInteger('compare', 'workers', values.workers ?? '1', 1, 64);
  const engine = oneOf('compare', 'engine', values.engine ?? defaultEngine, Object.keys(engines));
  const seed = values.seed === undefined ? undefined : parseSeed('compare', values.seed);
  const replications = values.replications === undefined ? undefined : parseInteger('compare', 'replications', values.replications, 2, 100000);
  const baseA = scenarioFrom(values.scenario, 'compare').scenario;
  let baseB = baseA;
  if (values['vs-scenario'] !== undefined) {
    try {
      baseB = scenarioFrom(values['vs-scenario'], 'compare').scenario;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      throw new InputError(error.message.replace(/^compare: --scenario: /, 'compare: --vs-scenario: '));
    }
  }
  const run = (s: Scenario): Scenario => ({ ...s, ...(seed === undefined ? {} : { seed }), ...(replications === undefined ? {} : { replications }) });
  const a = withReadings(run(baseA), values.readings, 'readings');
  const b = withReadings(run(baseB), values['vs-readings'], 'vs-readings');
  if (a.replications < 2) {
    throw new InputError(`compare: arm A's scenario runs ${a.replications} replication; the paired interval is a t-interval across replications: give --replications 2 or more`);
  }

  const stderr = process.stderr;
  const bar = !values.quiet && stderr.isTTY ? progressBar(stderr) : undefined;
  let result;
  try {
    result = await compare(a, b, { engine, workers, ...(bar ? { onProgress: (p) => bar.update(p) } : {}) });
  } finally {
    bar?.done();
  }
  await emit(io, values.out, formatComparison(result, format));
  return 0;
}
