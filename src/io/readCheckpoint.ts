import packageJson from '../../package.json' with { type: 'json' };
import { InputError } from '../InputError.js';
import { checkpointFormat } from './checkpointWriter.js';
import { checkContentDigest } from './contentDigest.js';
import { isRecord } from './isRecord.js';

/** The first key (as `a.b`) where two JSON values differ; '' when they are equal. */
function firstDifference(a: unknown, b: unknown, at = ''): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (isRecord(a) && isRecord(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[key], b[key], at ? `${at}.${key}` : key);
      if (d !== undefined) return d;
    }
  }
  return at;
}

/**
 * Reads back a checkpoint of `checkpointWriter` for the run `header` describes and returns its
 * finished units, unchecked (the caller checks them against the run). Refuses, with one
 * InputError naming the file: another format, a digest that does not match (corrupt or edited),
 * another version of cable1957, or a run that differs in any header field (the command, the
 * scenario and its seed, the options), naming the first field that differs.
 */
export function readCheckpoint(data: unknown, where: string, header: Readonly<Record<string, unknown>>): unknown[] {
  if (!isRecord(data) || data['format'] !== checkpointFormat) {
    throw new InputError(`${where}: not a cable1957 checkpoint (format is ${JSON.stringify(isRecord(data) ? data['format'] : undefined)}, expected "${checkpointFormat}")`);
  }
  checkContentDigest(data, where, 'the checkpoint');
  if (data['version'] !== packageJson.version) {
    throw new InputError(`${where}: a checkpoint of cable1957 ${String(data['version'])}, not ${packageJson.version}; rerun without --resume`);
  }
  for (const [key, value] of Object.entries(header)) {
    const d = firstDifference(data[key], value, key);
    if (d !== undefined) {
      throw new InputError(`${where}: a checkpoint of another run: ${d} is ${JSON.stringify(pick(data[key], d, key))}, this run's is ${JSON.stringify(pick(value, d, key))}`);
    }
  }
  const done = data['done'];
  if (!Array.isArray(done)) throw new InputError(`${where}: done: not a list`);
  return done;
}

/** The value at `path` (`key.a.b`) inside `value`, the value of `key`; cut short for a message. */
function pick(value: unknown, path: string, key: string): unknown {
  let v = value;
  for (const part of path.split('.').slice(key.split('.').length)) v = isRecord(v) ? v[part] : undefined;
  const text = JSON.stringify(v) ?? 'nothing';
  return text.length > 80 ? `${text.slice(0, 77)}...` : v ?? null;
}
