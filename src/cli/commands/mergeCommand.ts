import { constants } from 'node:buffer';
import { resolve } from 'node:path';
import { calibratedScenarioText } from '../../calibrate/calibratedScenarioText.js';
import { calibrationPartialFormat } from '../../calibrate/CalibrationPartial.js';
import { calibrationFormats, formatCalibration } from '../../calibrate/formatCalibration.js';
import { mergeCalibration } from '../../calibrate/mergeCalibration.js';
import { formatSweep, sweepFormats } from '../../experiment/sweep/formatSweep.js';
import { mergeSweep } from '../../experiment/sweep/mergeSweep.js';
import { sweepPartialFormat } from '../../experiment/sweep/SweepPartial.js';
import { InputError } from '../../InputError.js';
import { isRecord } from '../../io/isRecord.js';
import { writeAtomically } from '../../io/writeAtomically.js';
import { formatResult, resultFormats } from '../../report/formatResult.js';
import { emit } from '../emit.js';
import { mergeResults } from '../../simulate/mergeResults.js';
import { checkPartial } from '../../simulate/checkPartial.js';
import { partialResultFormat } from '../../simulate/SimulationResult.js';
import { checkOutPath } from '../checkOutPath.js';
import type { CliIO } from '../io.js';
import { oneOf, parseCommandArgs } from '../parseCommandArgs.js';
import { readJsonFile } from '../readJsonFile.js';

const help = `Usage: cable1957 merge PARTIAL.json... [--format FORMAT] [--out FILE] [--scenario-out FILE]

Combines the partial results of shards (one per shard, in any order) into the result of the
whole run, byte-identical to running it unsharded:
  "cable1957 simulate --shard i/N" partials: the simulation result (--format ${resultFormats.join('|')},
  default table).
  "cable1957 calibrate --shard i/N" partials: the calibration report (--format ${calibrationFormats.join('|')},
  default table; in JSON only "timing" differs: the shards' seconds added up) and the calibrated
  scenario, written to --scenario-out (default <name>.calibrated.yaml in the current directory).
  "cable1957 sweep FILE --shard i/N" partials: the sweep's rows (--format ${sweepFormats.join('|')}, default
  as sweep's: table on a terminal, csv otherwise), byte-identical to one run (the table: but for
  its timing, the shards' seconds added up).
`;

/** `cable1957 merge`: partial results of shards (of simulate, calibrate or sweep) into the whole run's result. */
export async function mergeCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'merge',
    args,
    { format: { type: 'string' }, out: { type: 'string' }, 'scenario-out': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values.help) {
    io.out(help);
    return 0;
  }
  checkOutPath('merge', 'out', values.out, positionals);
  if (positionals.length === 0) throw new InputError('merge: give the partial result files of every shard');
  // Partials come from files anyone can edit: each is checked before merging. They grow with
  // their replications (~10 KB each): capped only where a JS string ends.
  const data = positionals.map((file) => readJsonFile(file, constants.MAX_STRING_LENGTH));
  const first = data[0];
  if (isRecord(first) && first['format'] === calibrationPartialFormat) {
    const format = oneOf('merge', 'format', values.format ?? 'table', calibrationFormats);
    const { result, scenario } = mergeCalibration(data, positionals);
    const scenarioOut = values['scenario-out'] ?? `${scenario.name.replace(/[^A-Za-z0-9._-]/g, '-')}.calibrated.yaml`;
    checkOutPath('merge', 'scenario-out', scenarioOut, positionals);
    if (values.out !== undefined && resolve(values.out) === resolve(scenarioOut)) {
      throw new InputError(`merge: --out and --scenario-out are the same file (${scenarioOut}); the report and the scenario need one each`);
    }
    await writeAtomically(scenarioOut, [calibratedScenarioText(scenario, result)]);
    io.err(`cable1957: calibrated scenario written to ${scenarioOut} (run it with: cable1957 simulate --scenario ${scenarioOut})\n`);
    await emit(io, values.out, formatCalibration(result, format));
    return 0;
  }
  if (isRecord(first) && first['format'] === sweepPartialFormat) {
    if (values['scenario-out'] !== undefined) throw new InputError('merge: --scenario-out is for calibration partials; these are sweep partials');
    const toTerminal = values.out === undefined && process.stdout.isTTY === true;
    const format = oneOf('merge', 'format', values.format ?? (toTerminal ? 'table' : 'csv'), sweepFormats);
    const { result, seconds } = mergeSweep(data, positionals);
    await emit(io, values.out, formatSweep(result, format, seconds));
    return 0;
  }
  if (!isRecord(first) || first['format'] !== partialResultFormat) {
    // The first file decides which merge runs: name every kind it could have been.
    const found = isRecord(first) ? JSON.stringify(first['format']) : Array.isArray(first) ? 'an array' : JSON.stringify(first);
    throw new InputError(
      `${positionals[0]}: not a partial result of simulate, calibrate or sweep --shard (format is ${found}, expected "${partialResultFormat}", "${calibrationPartialFormat}" or "${sweepPartialFormat}")`,
    );
  }
  if (values['scenario-out'] !== undefined) throw new InputError('merge: --scenario-out is for calibration partials; these are simulation partials');
  const format = oneOf('merge', 'format', values.format ?? 'table', resultFormats);
  const partials = data.map((d, i) => checkPartial(d, positionals[i]!));
  const text = formatResult(mergeResults(partials, positionals), format);
  await emit(io, values.out, text);
  return 0;
}
