import { createHash, type Hash } from 'node:crypto';
import { InputError } from '../InputError.js';
import { isRecord } from './isRecord.js';

const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * Feeds the canonical JSON of `value` to the hash: JSON.stringify's text with no whitespace and
 * every object's keys sorted by UTF-16 code unit, recursively. So the writer's object and the
 * reader's parsed copy give the same text whatever order the keys are in. Sent in ~64 KB pieces,
 * because a partial result can be as large as a string gets.
 */
function feed(hash: Hash, value: unknown): void {
  let pending = '';
  const put = (text: string) => {
    pending += text;
    if (pending.length >= 65536) {
      hash.update(pending, 'utf8');
      pending = '';
    }
  };
  const walk = (v: unknown): void => {
    if (typeof (v as { toJSON?: unknown })?.toJSON === 'function') v = (v as { toJSON: () => unknown }).toJSON();
    if (Array.isArray(v)) {
      put('[');
      v.forEach((item, i) => {
        if (i > 0) put(',');
        if (skipped(item)) put('null');
        else walk(item);
      });
      put(']');
    } else if (isRecord(v)) {
      put('{');
      let first = true;
      for (const key of Object.keys(v).sort()) {
        if (skipped(v[key])) continue;
        put(`${first ? '' : ','}${JSON.stringify(key)}:`);
        first = false;
        walk(v[key]);
      }
      put('}');
    } else {
      put(JSON.stringify(v));
    }
  };
  walk(value);
  hash.update(pending, 'utf8');
}

/**
 * The digest of a document (`sha256:<hex>`) over the canonical JSON of everything in it but its
 * top-level `digest` key. It catches edits and corruption, not a forger: anyone can recompute it.
 */
export function contentDigest(document: Readonly<Record<string, unknown>>): string {
  const { digest: _ignored, ...rest } = document;
  const hash = createHash('sha256');
  feed(hash, rest);
  return `sha256:${hash.digest('hex')}`;
}

/**
 * Throws one InputError (`where: the save was changed after it was written …`) unless `document`
 * holds the digest of its content; `what` names the document (`the save`, `the partial result`).
 */
export function checkContentDigest(document: Readonly<Record<string, unknown>>, where: string, what: string): void {
  const digest = document['digest'];
  if (digest === undefined) throw new InputError(`${where}: ${what} has no digest (written by a version before 0.7 or edited)`);
  if (digest !== contentDigest(document)) throw new InputError(`${where}: ${what} was changed after it was written (its digest does not match its content)`);
}
