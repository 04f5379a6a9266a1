import packageJson from '../../../package.json' with { type: 'json' };
import { InputError } from '../../InputError.js';
import { formatSweep, sweepFormats } from '../../experiment/sweep/formatSweep.js';
import { loadSweep } from '../../experiment/sweep/loadSweep.js';
import { pointScenarios } from '../../experiment/sweep/pointScenarios.js';
import { runSweep } from '../../experiment/sweep/runSweep.js';
import type { SweepProgress } from '../../experiment/sweep/sweep.js';
import { resumeSweep, sweepCheckpointHeader } from '../../experiment/sweep/sweepCheckpoint.js';
import { sweepPartialFormat } from '../../experiment/sweep/SweepPartial.js';
import { sweepSource } from '../../experiment/sweep/sweepSource.js';
import { sweepReplicationOrder, type SweepReplication } from '../../experiment/sweep/sweepStateOf.js';
import { summarizeSweep } from '../../experiment/sweep/summarizeSweep.js';
import type { SweepState } from '../../experiment/sweep/SweepState.js';
import { checkpointFlags, checkpointOptions, defaultCheckpointSeconds } from '../../io/checkpointOptions.js';
import { checkpointWriter } from '../../io/checkpointWriter.js';
import { contentDigest } from '../../io/contentDigest.js';
import { parseShard } from '../../io/parseShard.js';
import { checkOutPath } from '../checkOutPath.js';
import { emit } from '../emit.js';
import type { CliIO } from '../io.js';
import { oneOf, parseCommandArgs } from '../parseCommandArgs.js';
import { parseInteger } from '../parseInteger.js';
import { parseSeed } from '../parseSeed.js';

const help = () => `Usage: cable1957 sweep FILE [options]

How do the outcomes move as assumptions change? FILE (YAML or JSON) names a base scenario and a
design of points — a grid of values, or N points of a seeded Latin hypercube over ranges — and
targets: how narrow each named share's 95% interval must be. Every point runs on the same seed
(common random numbers: replication r is the same random streams at every point, so differences
between points are the assumptions', not the dice's). Replications are added in batches until
every target's half-width is at or below its goal, or maxReplications is reached; each row says
which ("stopped": target or max). The same file and seed give the same bytes for any --workers.

FILE:
  scenario: baseline              # an embedded name, a scenario file (relative to FILE) or a mapping
  seed: 1957                      # optional; default the scenario's
  grid:                           # every combination; the first key varies slowest
    probabilities.koreaHandsOver: [0, 0.25, 0.5, 0.75, 1]
    durations.handover.median: [30, 180]
  # or, instead of grid:  points: 20  and  ranges: { probabilities.koreaHandsOver: [0, 1] }
  targets:                        # half-width goals: shares, or the scenario's record checks
    - { kind: chineseResidentInKorea, outcome: repatriated, halfWidth: 0.01 }
    - { check: jilin1961-not-forced-back, halfWidth: 0.01 }
  batch: 5                        # replications added per round (default 5)
  maxReplications: 200            # the most per point (default 200)
Keys are calibrate's: probabilities.<key>, durations.<key>.median|mean|days,
population.<kind>.<setting> (counts are whole numbers).

Output: one row per point × kind × outcome — point, each swept key, kind, outcome, replications,
share, ci95_low, ci95_high, half_width (the interval's half before clipping to [0, 1], which the
rule reads), median_days, stopped — and, when the scenario has record checks, one row per point
× check after a blank line (CSV) or under "checks" (JSON).

Options:
  --seed N              the seed of the design and of every point (default the file's, else the scenario's)
  --workers N           worker threads the replications are spread over (default 1)
  --format FORMAT       ${sweepFormats.join(', ')} (default: table on a terminal, csv otherwise)
  --out FILE            write to FILE (atomically) instead of standard output
  --shard i/N|auto      run only the points p with p mod N = i-1, each to its own stop, and write a
                        partial result (JSON) instead; "cable1957 merge" combines the N partials
                        into the output of one run, byte for byte (the table: but for its timing).
                        "auto": from a Kubernetes Indexed Job (JOB_COMPLETION_INDEX, with
                        CABLE1957_SHARD_COUNT) or a Slurm array (SLURM_ARRAY_TASK_ID, _COUNT, _MIN)
  --checkpoint FILE     write the finished replications to FILE (atomically) every few seconds and
                        at the end; refuses an existing FILE (use --resume)
  --resume FILE         continue the sweep checkpointed in FILE (same design, seed, targets, batch,
                        maxReplications, shard and version, else refused) and keep checkpointing
                        to it; the output is byte-identical to an uninterrupted run's, for any
                        --workers (the table: but for its timing)
  --checkpoint-every S  seconds between checkpoints (default ${defaultCheckpointSeconds}; 0: after every replication)
  --quiet               no progress line (it shows only on a terminal anyway)
  -h, --help            show this help
`;

/** A one-line progress display for a TTY: points done, rounds, replications, cases/s. */
function progressLine(stream: NodeJS.WriteStream) {
  let last = 0;
  return {
    update(p: SweepProgress) {
      const now = Date.now();
      if (now - last < 100 && p.pointsDone < p.points) return;
      last = now;
      const rate = p.elapsedMs > 0 ? (p.casesDone / p.elapsedMs) * 1000 : 0;
      stream.write(`\rpoints ${p.pointsDone}/${p.points} done  round ${p.rounds + 1}  replications ${p.replicationsDone.toLocaleString('en-US')}  ${Math.round(rate).toLocaleString('en-US')} cases/s  `);
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}

/** `cable1957 sweep FILE`: a design of scenario points, each run until its targets' intervals are narrow enough; tidy rows. */
export async function sweepCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'sweep',
    args,
    {
      seed: { type: 'string' },
      workers: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      shard: { type: 'string' },
      ...checkpointFlags,
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.out(help());
    return 0;
  }
  if (positionals.length !== 1) {
    throw new InputError(`sweep: ${positionals.length === 0 ? 'name the sweep file' : `one sweep file, got ${positionals.length}: ${positionals.join(' ')}`} (see "cable1957 sweep --help")`);
  }
  if (values.shard !== undefined && values.format !== undefined && values.format !== 'json') {
    throw new InputError('sweep: --shard writes a partial result (JSON) for "cable1957 merge"; drop --format');
  }
  const toTerminal = values.out === undefined && process.stdout.isTTY === true;
  const format = oneOf('sweep', 'format', values.format ?? (toTerminal ? 'table' : 'csv'), sweepFormats);
  const workers = parseInteger('sweep', 'workers', values.workers ?? '1', 1, 64);
  const seed = values.seed === undefined ? undefined : parseSeed('sweep', values.seed);
  const shard = values.shard === undefined ? undefined : parseShard('sweep', values.shard);
  checkOutPath('sweep', 'out', values.out, positionals);
  const checkpoint = checkpointOptions('sweep', values, positionals);
  const design = loadSweep(positionals[0]!, seed);
  const ofShard = shard ?? { index: 1, count: 1 };
  let state: SweepState | undefined;
  if (checkpoint?.resume) state = resumeSweep(checkpoint.resume.data, checkpoint.resume.where, design, ofShard);
  // The checkpoint's units are replications: what a resumed checkpoint holds, then each one as it ends.
  const resumed = (state?.points ?? []).flatMap((p, point) => p.reps.map((kinds, rep): SweepReplication => ({ point, rep, kinds })));
  const writer = checkpoint ? checkpointWriter(checkpoint.path, sweepCheckpointHeader(design, ofShard), sweepReplicationOrder, checkpoint.everyMs, resumed) : undefined;

  const stderr = process.stderr;
  const bar = !values.quiet && stderr.isTTY ? progressLine(stderr) : undefined;
  const began = performance.now();
  let final: SweepState;
  try {
    final = await runSweep(design, {
      workers,
      ...(shard ? { shard } : {}),
      ...(state ? { state } : {}),
      ...(writer ? { onReplication: (task, kinds) => writer.add({ point: task.point, rep: task.rep, kinds }) } : {}),
      ...(bar ? { onProgress: (p: SweepProgress) => bar.update(p) } : {}),
    });
  } finally {
    bar?.done();
  }
  await writer?.finish();
  const seconds = (performance.now() - began) / 1000;
  if (shard) {
    const reps = final.points.flatMap((p, point) => (point % shard.count === shard.index - 1 ? p.reps.map((kinds, rep): SweepReplication => ({ point, rep, kinds })) : []));
    const partial = { format: sweepPartialFormat, version: packageJson.version, ...sweepSource(design), shard, reps, seconds };
    await emit(io, values.out, `${JSON.stringify({ ...partial, digest: contentDigest(partial) })}\n`);
    return 0;
  }
  await emit(io, values.out, formatSweep(summarizeSweep(design, final, pointScenarios(design)), format, seconds));
  return 0;
}
