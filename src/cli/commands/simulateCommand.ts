import { embeddedScenarios, resolveReadings } from '../../../machines/index.js';
import { engines, defaultEngine } from '../../engine/engines.js';
import { InputError } from '../../InputError.js';
import { formatResult, resultFormats } from '../../report/formatResult.js';
import { emit } from '../emit.js';
import { mergeResults } from '../../simulate/mergeResults.js';
import { simulatePartial } from '../../simulate/simulate.js';
import { checkOutPath } from '../checkOutPath.js';
import type { CliIO } from '../io.js';
import { oneOf, parseCommandArgs } from '../parseCommandArgs.js';
import { parseInteger } from '../parseInteger.js';
import { parseReadings } from '../parseReadings.js';
import { parseSeed } from '../parseSeed.js';
import { progressBar } from '../progressBar.js';
import { scenarioFrom } from '../scenarioFrom.js';
import { checkpointFlags, checkpointOptions, defaultCheckpointSeconds } from '../../io/checkpointOptions.js';
import { checkpointWriter } from '../../io/checkpointWriter.js';
import { parseShard } from '../../io/parseShard.js';
import type { ReplicationTallies } from '../../simulate/SimulationResult.js';
import { resumeSimulation, simulationCheckpointHeader } from '../../simulate/simulationCheckpoint.js';

const help = () => `Usage: cable1957 simulate [options]

Monte Carlo run of a population scenario: every case of every kind through the cable's
machines, replicated, with 95% intervals for each outcome's share, times to outcome and the
most common paths. Same scenario and seed => byte-identical results, whatever --workers or
sharding. A descriptive model of a historical policy, for study: not for decisions about people.

When the scenario has a "record:" (what archival documents say, as checks), the output adds
"model vs record": each check's model estimate with its 95% Monte Carlo interval, what the
record leads us to expect, and a verdict (consistent, inconsistent, or undecided when the
interval straddles a bound). The machines state the policy on paper and the scenario assumes
how it was carried out: a failed check is a finding about practice or about those assumptions
("cable1957 calibrate" asks which assumptions the record allows), never a reason to edit a machine.

Options:
  --scenario NAME|FILE  an embedded scenario (${Object.keys(embeddedScenarios).join(', ')}; default baseline)
                        or a YAML/JSON file; keys it leaves out take the baseline's values
  --print-scenario      print the scenario (embedded ones as YAML with their sources) and exit
  --seed N              override the scenario's seed (an integer from 0 to 2^53 − 1)
  --replications N      override the number of replications
  --readings r=o,...    override readings (see "cable1957 readings")
  --workers N           worker threads splitting the replications (default 1; more than the
                        replications or the cores are not started)
  --engine NAME         ${Object.keys(engines).join(', ')} (default ${defaultEngine})
  --format FORMAT       ${resultFormats.join(', ')} (default table)
  --out FILE            write the result to FILE (atomically) instead of standard output
  --shard i/N|auto      run only replications r with r mod N = i-1 and write a partial result
                        (JSON); combine the N partials with "cable1957 merge". "auto" reads the
                        shard from a Kubernetes Indexed Job (JOB_COMPLETION_INDEX, with
                        CABLE1957_SHARD_COUNT set to the completions) or a Slurm array
                        (SLURM_ARRAY_TASK_ID, _COUNT, _MIN); without it those are never read
  --checkpoint FILE     write the finished replications to FILE (atomically) every few seconds
                        and at the end; refuses an existing FILE (use --resume)
  --resume FILE         continue the run checkpointed in FILE (same scenario, seed, options
                        and version, else refused) and keep checkpointing to it; the result is
                        byte-identical to an uninterrupted run
  --checkpoint-every S  seconds between checkpoints (default ${defaultCheckpointSeconds}; 0: after every replication)
  --check               run every case with run-time monitors of the model's invariants (the
                        XState engine with monitors, "xstate+check"); a violation stops the run
                        with an error citing the clause
  --quiet               no progress bar (it shows only on a terminal anyway)
  -h, --help            show this help
`;

/** `cable1957 simulate`: a Monte Carlo run, as a table, the contract JSON, CSV, or a shard's partial result. */
export async function simulateCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('simulate', args, {
    scenario: { type: 'string' },
    'print-scenario': { type: 'boolean' },
    seed: { type: 'string' },
    replications: { type: 'string' },
    readings: { type: 'string' },
    workers: { type: 'string', default: '1' },
    engine: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    shard: { type: 'string' },
    ...checkpointFlags,
    quiet: { type: 'boolean' },
    check: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(help());
    return 0;
  }
  checkOutPath('simulate', 'out', values.out, values.scenario === undefined ? [] : [values.scenario]);
  const loaded = scenarioFrom(values.scenario);
  if (values.shard !== undefined && values.format !== undefined && values.format !== 'json') {
    throw new InputError('simulate: --shard writes a partial result (JSON) for "cable1957 merge"; drop --format');
  }
  const format = oneOf('simulate', 'format', values.format ?? 'table', resultFormats);
  const workers = parseInteger('simulate', 'workers', values.workers, 1, 64);
  if (values.check && values.engine !== undefined && values.engine !== 'xstate+check') {
    throw new InputError('simulate: --check runs the monitored XState engine; drop --engine');
  }
  const engine = values.check ? 'xstate+check' : (values.engine ?? defaultEngine);
  if (!(engine in engines)) throw new InputError(`simulate: --engine must be one of ${Object.keys(engines).join(', ')}; got "${engine}"`);
  let scenario = loaded.scenario;
  if (values.seed !== undefined) scenario = { ...scenario, seed: parseSeed('simulate', values.seed) };
  if (values.replications !== undefined) scenario = { ...scenario, replications: parseInteger('simulate', 'replications', values.replications, 1, 100000) };
  if (values.readings !== undefined) {
    const selection = parseReadings(values.readings); // its errors already name --readings
    try {
      scenario = { ...scenario, readings: resolveReadings({ ...scenario.readings, ...selection }) };
    } catch (error) {
      throw new InputError(`--readings: ${(error as Error).message}`);
    }
  }
  const shard = values.shard === undefined ? undefined : parseShard('simulate', values.shard);
  // Every flag is checked first, so --print-scenario never hides a mistake in the others.
  if (values['print-scenario']) {
    if (values.format !== undefined || values.shard !== undefined || values.seed !== undefined || values.replications !== undefined || values.readings !== undefined) {
      throw new InputError('simulate: --print-scenario prints the scenario as written; drop --format, --shard, --seed, --replications and --readings');
    }
    await emit(io, values.out, loaded.text.endsWith('\n') ? loaded.text : `${loaded.text}\n`);
    return 0;
  }
  const checkpoint = checkpointOptions('simulate', values, values.scenario === undefined ? [] : [values.scenario]);
  const header = simulationCheckpointHeader(scenario, engine, shard ?? { index: 1, count: 1 });
  const resume = checkpoint?.resume ? resumeSimulation(checkpoint.resume.data, checkpoint.resume.where, header) : undefined;
  const writer = checkpoint ? checkpointWriter(checkpoint.path, header, (r: ReplicationTallies) => r.rep, checkpoint.everyMs, resume) : undefined;

  const stderr = process.stderr;
  const bar = !values.quiet && stderr.isTTY ? progressBar(stderr) : undefined;
  let partial;
  try {
    partial = await simulatePartial(scenario, {
      engine,
      workers,
      ...(shard ? { shard } : {}),
      ...(resume ? { resume } : {}),
      ...(writer ? { onReplication: (r: ReplicationTallies) => writer.add(r) } : {}),
      ...(bar ? { onProgress: (p) => bar.update(p) } : {}),
    });
  } finally {
    bar?.done();
  }
  await writer?.finish();
  const text = shard ? `${JSON.stringify(partial)}\n` : formatResult(mergeResults([partial]), format);
  await emit(io, values.out, text);
  return 0;
}
