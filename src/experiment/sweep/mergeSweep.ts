import packageJson from '../../../package.json' with { type: 'json' };
import { InputError } from '../../InputError.js';
import { checkContentDigest } from '../../io/contentDigest.js';
import { isRecord } from '../../io/isRecord.js';
import type { Shard } from '../../io/shardFromEnvironment.js';
import { resolveSweep } from './loadSweep.js';
import { pointScenarios } from './pointScenarios.js';
import type { SweepDesign } from './SweepDesign.js';
import { sweepPartialFormat } from './SweepPartial.js';
import type { SweepResult } from './SweepResult.js';
import { sweepSource } from './sweepSource.js';
import { sweepStateOf } from './sweepStateOf.js';
import type { PointState } from './SweepState.js';
import { summarizeSweep } from './summarizeSweep.js';

const partialKeys = new Set(['format', 'version', 'shard', 'reps', 'seconds', 'digest']);
const whole = (v: unknown, min: number, max: number) => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

/**
 * Merges sweep partials (parsed JSON, one per shard, from the files `where`) into the result of
 * the whole sweep, the same as one unsharded run, and the shards' seconds added up (the table's
 * timing). Each partial is checked: format, digest, this version, its design resolved as a
 * sweep file is (and the same as the first partial's, field by field), a shard { index, count }
 * with the first's count, its replications those of its own points, every one of them run to its
 * stop (sweepStateOf); no shard twice, none missing. Throws one InputError naming the file.
 */
export function mergeSweep(partials: readonly unknown[], where: readonly string[]): { result: SweepResult; seconds: number } {
  if (partials.length === 0) throw new InputError('merge: no partial results given');
  let first: { file: string; source: Record<string, unknown>; design: SweepDesign; count: number } | undefined;
  const points = new Map<number, PointState>();
  const shards = new Map<number, string>();
  let seconds = 0;
  partials.forEach((data, i) => {
    const file = where[i] ?? `partial ${i + 1}`;
    if (!isRecord(data) || data['format'] !== sweepPartialFormat) {
      throw new InputError(`${file}: not a cable1957 sweep partial (format is ${JSON.stringify(isRecord(data) ? data['format'] : undefined)}, expected "${sweepPartialFormat}")`);
    }
    checkContentDigest(data, file, 'the partial result');
    if (data['version'] !== packageJson.version) throw new InputError(`${file}: written by cable1957 ${String(data['version'])}, not ${packageJson.version}; run the shard again`);
    const shard = data['shard'];
    if (!isRecord(shard) || Object.keys(shard).length !== 2 || !whole(shard['count'], 1, 100000) || !whole(shard['index'], 1, shard['count'] as number)) {
      throw new InputError(`${file}: shard: found ${JSON.stringify(shard)}, expected { index, count } with 1 <= index <= count <= 100000`);
    }
    if (!(typeof data['seconds'] === 'number' && Number.isFinite(data['seconds']) && data['seconds'] >= 0)) throw new InputError(`${file}: seconds: found ${JSON.stringify(data['seconds'])}, expected a number ≥ 0`);
    const sourceGiven = Object.fromEntries(Object.entries(data).filter(([k]) => !partialKeys.has(k)));
    const of: Shard = { index: shard['index'] as number, count: shard['count'] as number };
    if (!first) {
      // Resolved as a sweep file is: every key checked, the points made again from the seed.
      const design = resolveSweep(sourceGiven, file);
      const source = sweepSource(design);
      for (const key of new Set([...Object.keys(source), ...Object.keys(sourceGiven)])) {
        if (JSON.stringify(source[key]) !== JSON.stringify(sourceGiven[key])) throw new InputError(`${file}: ${key}: not what the sweep file it names resolves to`);
      }
      first = { file, source, design, count: of.count };
    } else {
      for (const key of new Set([...Object.keys(first.source), ...Object.keys(sourceGiven)])) {
        if (JSON.stringify(first.source[key]) !== JSON.stringify(sourceGiven[key])) {
          throw new InputError(`${file}: a shard of another sweep than ${first.file}: its ${key} differs`);
        }
      }
      if (of.count !== first.count) throw new InputError(`${file}: a shard of ${of.count}, but ${first.file} is a shard of ${first.count}`);
    }
    const twin = shards.get(of.index);
    if (twin !== undefined) throw new InputError(`${file}: shard ${of.index}/${of.count} again (also ${twin}): each point must come from one partial`);
    shards.set(of.index, file);
    const state = sweepStateOf(data['reps'], file, 'reps', first.design, of, true);
    state.points.forEach((p, point) => {
      if (point % of.count === of.index - 1) points.set(point, p);
    });
    seconds += data['seconds'];
  });
  const run = first!;
  const total = run.design.points.length;
  const missing: number[] = [];
  for (let p = 0; p < total && missing.length < 10; p++) if (!points.has(p)) missing.push(p);
  if (missing.length > 0) {
    const shards = [...new Set(missing.map((p) => (p % run.count) + 1))].join(', ');
    throw new InputError(`merge: sweep points missing: ${missing.join(', ')}${total - points.size > missing.length ? ', …' : ''} (shard ${shards} of ${run.count})`);
  }
  // A shard with no points (more shards than points) adds nothing, but a run that lost it was still not whole.
  const absent = Array.from({ length: run.count }, (_, i) => i + 1).filter((i) => !shards.has(i));
  if (absent.length > 0) throw new InputError(`merge: shard ${absent.slice(0, 10).join(', ')}${absent.length > 10 ? ', …' : ''} of ${run.count} missing`);
  const state = { rounds: 0, points: Array.from({ length: total }, (_, p) => points.get(p)!) };
  return { result: summarizeSweep(run.design, state, pointScenarios(run.design)), seconds };
}
