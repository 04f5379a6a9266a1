import packageJson from '../../package.json' with { type: 'json' };
import { InputError } from '../InputError.js';
import { checkContentDigest } from '../io/contentDigest.js';
import { isRecord } from '../io/isRecord.js';
import { calibrationRanges } from '../scenario/calibrationRanges.js';
import { resolveScenario } from '../scenario/loadScenario.js';
import type { Scenario } from '../scenario/Scenario.js';
import { calibrationPartialFormat } from './CalibrationPartial.js';
import type { CalibrationResult, PointResult } from './CalibrationResult.js';
import { checkPointResults } from './checkPointResults.js';
import { designValues } from './designValues.js';
import { calibrationEngine } from './runPoint.js';
import { summarizeCalibration } from './summarizeCalibration.js';

const count = (v: unknown, min: number, max: number) => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

/**
 * Merges calibration partials (parsed JSON, one per shard, from the files `where`) into the
 * calibration of the whole design: the same result as one run but for `timing` (the shards'
 * seconds added up), and the scenario to write the calibrated scenario from. Each partial is
 * checked (format, digest, this version, settings equal to the first's, points of its own shard
 * with the design's values), none twice, none missing. Throws one InputError naming the file.
 */
export function mergeCalibration(partials: readonly unknown[], where: readonly string[]): { result: CalibrationResult; scenario: Scenario } {
  if (partials.length === 0) throw new InputError('merge: no partial results given');
  let first: { settings: string; scenario: Scenario; points: number; seed: number; replications: number; epsilon: number; count: number } | undefined;
  let design: number[][] = [];
  const byIndex = new Map<number, PointResult>();
  let seconds = 0;
  partials.forEach((data, i) => {
    const file = where[i] ?? `partial ${i + 1}`;
    if (!isRecord(data) || data['format'] !== calibrationPartialFormat) {
      throw new InputError(`${file}: not a cable1957 calibration partial (format is ${JSON.stringify(isRecord(data) ? data['format'] : undefined)}, expected "${calibrationPartialFormat}")`);
    }
    checkContentDigest(data, file, 'the partial result');
    if (data['version'] !== packageJson.version) throw new InputError(`${file}: written by cable1957 ${String(data['version'])}, not ${packageJson.version}; run the shard again`);
    const { points, seed, replications, epsilon, shard } = data as Record<string, unknown>;
    if (!count(points, 1, 100000)) throw new InputError(`${file}: points: expected an integer from 1 to 100000`);
    if (!count(seed, 0, Number.MAX_SAFE_INTEGER)) throw new InputError(`${file}: seed: expected an integer from 0 to 2^53 − 1`);
    if (!count(replications, 1, 100000)) throw new InputError(`${file}: replications: expected an integer from 1 to 100000`);
    if (!(typeof epsilon === 'number' && epsilon > 0 && epsilon <= 1)) throw new InputError(`${file}: epsilon: expected a share in (0, 1]`);
    if (!isRecord(shard) || Object.keys(shard).length !== 2 || !count(shard['count'], 1, 100000) || !count(shard['index'], 1, shard['count'] as number)) {
      throw new InputError(`${file}: shard: expected { index, count } with 1 <= index <= count <= 100000`);
    }
    if (!(typeof data['seconds'] === 'number' && data['seconds'] >= 0)) throw new InputError(`${file}: seconds: expected a number ≥ 0`);
    const settings = JSON.stringify({ scenario: data['scenario'], points, seed, replications, epsilon, count: shard['count'] });
    if (!first) {
      const scenario = resolveScenario(data['scenario'], `${file}: scenario`, null);
      first = { settings, scenario, points: points as number, seed: seed as number, replications: replications as number, epsilon, count: shard['count'] as number };
      design = designValues(calibrationRanges(scenario.calibrate, scenario, `${file}: scenario`), first.points, first.seed);
    } else if (settings !== first.settings) {
      throw new InputError(`${file}: a shard of another calibration (scenario, points, seed, replications, epsilon or shard count) than ${where[0] ?? 'partial 1'}`);
    }
    const shardOf = { index: shard['index'] as number, count: shard['count'] as number };
    for (const p of checkPointResults(data['results'], file, 'results', design, first.scenario.record, shardOf)) {
      if (byIndex.has(p.index)) throw new InputError(`${file}: point ${p.index} is in more than one partial (shard ${shardOf.index}/${shardOf.count} twice?)`);
      byIndex.set(p.index, p);
    }
    seconds += data['seconds'];
  });
  const run = first!;
  const missing: number[] = [];
  for (let p = 0; p < run.points && missing.length < 10; p++) if (!byIndex.has(p)) missing.push(p);
  if (missing.length > 0) {
    const shards = [...new Set(missing.map((p) => (p % run.count) + 1))].join(', ');
    throw new InputError(`merge: design points missing: ${missing.join(', ')}${run.points - byIndex.size > missing.length ? ', …' : ''} (shard ${shards} of ${run.count})`);
  }
  const points = Array.from({ length: run.points }, (_, p) => byIndex.get(p)!);
  const ranges = calibrationRanges(run.scenario.calibrate, run.scenario, 'merge');
  const result = summarizeCalibration(points, {
    scenario: run.scenario.name,
    record: run.scenario.record,
    ranges,
    seed: run.seed,
    engine: calibrationEngine,
    replicationsPerPoint: run.replications,
    epsilon: run.epsilon,
    seconds,
  });
  return { result, scenario: run.scenario };
}
