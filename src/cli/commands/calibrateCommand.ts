import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { embeddedScenarios } from '../../../machines/index.js';
import packageJson from '../../../package.json' with { type: 'json' };
import { calibrationPoints, type CalibrationProgress } from '../../calibrate/calibrate.js';
import { calibrationCheckpointHeader, resumeCalibration, type CalibrationSettings } from '../../calibrate/calibrationCheckpoint.js';
import { calibrationPartialFormat } from '../../calibrate/CalibrationPartial.js';
import type { PointResult } from '../../calibrate/CalibrationResult.js';
import { designValues } from '../../calibrate/designValues.js';
import { summarizeCalibration } from '../../calibrate/summarizeCalibration.js';
import { checkpointFlags, checkpointOptions, defaultCheckpointSeconds } from '../../io/checkpointOptions.js';
import { checkpointWriter } from '../../io/checkpointWriter.js';
import { contentDigest } from '../../io/contentDigest.js';
import { parseShard } from '../../io/parseShard.js';
import { calibrationRanges } from '../../scenario/calibrationRanges.js';
import { calibratedScenarioText } from '../../calibrate/calibratedScenarioText.js';
import { calibrationFormats, formatCalibration } from '../../calibrate/formatCalibration.js';
import { InputError } from '../../InputError.js';
import { writeAtomically } from '../../io/writeAtomically.js';
import { checkOutPath } from '../checkOutPath.js';
import { emit } from '../emit.js';
import type { CliIO } from '../io.js';
import { oneOf, parseCommandArgs } from '../parseCommandArgs.js';
import { parseInteger } from '../parseInteger.js';
import { parseSeed } from '../parseSeed.js';
import { scenarioFrom } from '../scenarioFrom.js';

const help = () => `Usage: cable1957 calibrate --scenario NAME|FILE [options]

Which assumptions are consistent with the record? Tries N points of a Latin hypercube over the
scenario's "calibrate:" ranges, simulates each on common random numbers (one seed for all), and
accepts the points whose estimates lie inside every "use: calibration" record check. When no
point does, it accepts the closest share (--epsilon) and says so. It prints the points tried and
accepted, each assumption's posterior range (5%, 50%, 95% over the accepted points), and the
"use: validation" checks over the accepted points: held out, so they test the calibration rather
than feed it. It writes a calibrated scenario: the accepted point nearest the posterior medians,
with a "calibrated:" mapping of its provenance (checks, points, seed, version, posterior).

What it can tell: which ranges of the assumptions named under "calibrate:" are compatible, under
this model and its readings, with the handful of aggregates the record gives.
What it cannot: it is not historical certainty. A few aggregates rarely pin down every
assumption; assumptions trade off against each other (a slower handover and a lower handover
share can give the same repatriated share), so read the posterior ranges together. An assumption
not under "calibrate:" stays as written, and the prior ranges bound every answer. The model
encodes the policy on paper: a check no point satisfies is a finding about practice or about the
assumptions, never a reason to edit a machine.

Options:
  --scenario NAME|FILE  an embedded scenario (${Object.keys(embeddedScenarios).join(', ')}; default baseline)
                        or a YAML/JSON file with "record:" and "calibrate:"
  --points N            design points to try (default 200)
  --seed N              the seed of the design and of every simulation (default the scenario's)
  --replications N      replications per point (default 1: each check's interval is a Wilson
                        interval over the cases, which at the record's population sizes is
                        already narrow; raise it for small populations or count measures)
  --workers N           worker threads the points are split over (default 1); the result is
                        identical for any number
  --epsilon X           when no point satisfies every calibration check, accept this closest
                        share of the points, by summed distance outside the expected regions
                        (default 0.05)
  --format FORMAT       ${calibrationFormats.join(', ')} (default table); JSON is identical between runs
                        but for "timing"
  --out FILE            write the report to FILE (atomically) instead of standard output
  --scenario-out FILE   write the calibrated scenario to FILE (atomically; default
                        <name>.calibrated.yaml in the current directory)
  --shard i/N|auto      run only design points p with p mod N = i-1 and write a partial result
                        (JSON) instead of the report and scenario; "cable1957 merge" combines
                        the N partials into both, byte-identical to one run (but for "timing").
                        "auto": from a Kubernetes Indexed Job (JOB_COMPLETION_INDEX, with
                        CABLE1957_SHARD_COUNT) or a Slurm array (SLURM_ARRAY_TASK_ID, _COUNT, _MIN)
  --checkpoint FILE     write the finished points to FILE (atomically) every few seconds and at
                        the end; refuses an existing FILE (use --resume)
  --resume FILE         continue the calibration checkpointed in FILE (same scenario, points,
                        seed, replications, epsilon, shard and version, else refused); the
                        result is byte-identical to an uninterrupted run (but for "timing")
  --checkpoint-every S  seconds between checkpoints (default ${defaultCheckpointSeconds}; 0: after every point)
  --quiet               no progress line (it shows only on a terminal anyway)
  -h, --help            show this help
`;

/** Parses --epsilon: a share in (0, 1]. */
function parseEpsilon(text: string): number {
  const x = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(x) || !(x > 0 && x <= 1)) throw new InputError(`calibrate: --epsilon must be a share in (0, 1], e.g. 0.05; got "${text}"`);
  return x;
}

/** A one-line progress display for a TTY: points done, accepted so far, cases/s. */
function progressLine(stream: NodeJS.WriteStream) {
  let last = 0;
  return {
    update(p: CalibrationProgress) {
      const now = Date.now();
      if (now - last < 100 && p.pointsDone < p.points) return;
      last = now;
      const rate = p.elapsedMs > 0 ? (p.casesDone / p.elapsedMs) * 1000 : 0;
      const eta = p.pointsDone > 0 ? ((p.points - p.pointsDone) * p.elapsedMs) / p.pointsDone / 1000 : 0;
      stream.write(`\rpoints ${p.pointsDone}/${p.points}  accepted ${p.satisfying}  ${Math.round(rate).toLocaleString('en-US')} cases/s  ETA ${eta.toFixed(0)} s  `);
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}

/** A scenario name as a file name: anything but letters, digits, dot, dash and underscore becomes a dash. */
const fileNameOf = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '-');

/** `cable1957 calibrate`: which assumptions are consistent with the record, and a calibrated scenario. */
export async function calibrateCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('calibrate', args, {
    scenario: { type: 'string' },
    points: { type: 'string' },
    seed: { type: 'string' },
    replications: { type: 'string' },
    workers: { type: 'string' },
    epsilon: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'scenario-out': { type: 'string' },
    shard: { type: 'string' },
    ...checkpointFlags,
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(help());
    return 0;
  }
  const format = oneOf('calibrate', 'format', values.format ?? 'table', calibrationFormats);
  const points = parseInteger('calibrate', 'points', values.points ?? '200', 1, 100000);
  const replications = parseInteger('calibrate', 'replications', values.replications ?? '1', 1, 100000);
  const workers = parseInteger('calibrate', 'workers', values.workers ?? '1', 1, 64);
  const epsilon = values.epsilon === undefined ? 0.05 : parseEpsilon(values.epsilon);
  const seed = values.seed === undefined ? undefined : parseSeed('calibrate', values.seed);
  const loaded = scenarioFrom(values.scenario, 'calibrate');
  const scenario = loaded.scenario;
  const shard = values.shard === undefined ? undefined : parseShard('calibrate', values.shard);
  if (shard && values.format !== undefined && values.format !== 'json') throw new InputError('calibrate: --shard writes a partial result (JSON) for "cable1957 merge"; drop --format');
  if (shard && values['scenario-out'] !== undefined) throw new InputError('calibrate: --shard writes a partial result; "cable1957 merge" writes the calibrated scenario (give it --scenario-out)');
  const scenarioOut = values['scenario-out'] ?? `${fileNameOf(scenario.name)}.calibrated.yaml`;
  const inputs = values.scenario === undefined ? [] : [values.scenario];
  checkOutPath('calibrate', 'out', values.out, inputs);
  if (!shard) checkOutPath('calibrate', 'scenario-out', scenarioOut, inputs);
  if (!shard && values.out !== undefined && resolve(values.out) === resolve(scenarioOut)) {
    throw new InputError(`calibrate: --out and --scenario-out are the same file (${scenarioOut}); the report and the scenario need one each`);
  }
  const checkpoint = checkpointOptions('calibrate', values, inputs);
  if (checkpoint && !shard && resolve(checkpoint.path) === resolve(scenarioOut)) throw new InputError(`calibrate: --scenario-out and the checkpoint are the same file (${scenarioOut}); name two`);
  const settings: CalibrationSettings = { scenario, points, seed: seed ?? scenario.seed, replications, epsilon, shard: shard ?? { index: 1, count: 1 } };
  // As scenarioFrom decides: a file when one exists at the path, else an embedded scenario.
  const where = values.scenario !== undefined && existsSync(values.scenario) ? values.scenario : `embedded scenario ${values.scenario ?? 'baseline'}`;

  const stderr = process.stderr;
  const bar = !values.quiet && stderr.isTTY ? progressLine(stderr) : undefined;
  let resume: PointResult[] | undefined;
  if (checkpoint?.resume) {
    const design = designValues(calibrationRanges(scenario.calibrate, scenario, where), points, settings.seed);
    resume = resumeCalibration(checkpoint.resume.data, checkpoint.resume.where, settings, design);
  }
  const writer = checkpoint ? checkpointWriter(checkpoint.path, calibrationCheckpointHeader(settings), (p: PointResult) => p.index, checkpoint.everyMs, resume) : undefined;
  let done;
  try {
    done = await calibrationPoints(scenario, {
      points,
      replications,
      workers,
      epsilon,
      where,
      ...(seed === undefined ? {} : { seed }),
      ...(shard ? { shard } : {}),
      ...(resume ? { resume } : {}),
      ...(writer ? { onPoint: (p: PointResult) => writer.add(p) } : {}),
      ...(bar ? { onProgress: (p: CalibrationProgress) => bar.update(p) } : {}),
    });
  } finally {
    bar?.done();
  }
  await writer?.finish();
  if (shard) {
    const partial = {
      format: calibrationPartialFormat,
      version: packageJson.version,
      ...settings,
      results: done.points,
      seconds: done.run.seconds,
    };
    await emit(io, values.out, `${JSON.stringify({ ...partial, digest: contentDigest(partial) })}\n`);
    return 0;
  }
  const result = summarizeCalibration(done.points, done.run);
  await writeAtomically(scenarioOut, [calibratedScenarioText(scenario, result)]);
  io.err(`cable1957: calibrated scenario written to ${scenarioOut} (run it with: cable1957 simulate --scenario ${scenarioOut})\n`);
  await emit(io, values.out, formatCalibration(result, format));
  return 0;
}
