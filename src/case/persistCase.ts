import { contentDigest } from '../io/contentDigest.js';
import type { CaseRun } from './openCase.js';
import type { Trace } from './Trace.js';

/** The format tag of a persisted case; restoring refuses anything else. */
export const persistedCaseFormat = 'cable1957.case/1';

/** A case saved mid-way: XState's persisted snapshot plus our trace, as plain JSON. */
export interface PersistedCase {
  /** Always `cable1957.case/1`. */
  readonly format: typeof persistedCaseFormat;
  /** The case kind. */
  readonly kind: string;
  /** The XState persisted snapshot (`actor.getPersistedSnapshot()`). */
  readonly snapshot: unknown;
  /** The trace so far (facts, readings, start, steps). */
  readonly trace: Trace;
  /** `sha256:<hex>` of everything else (`contentDigest`): restoring refuses a save edited after it was written. */
  readonly digest: string;
}

/** Saves a case mid-way as JSON-ready data: the XState persisted snapshot, the trace and their digest. Pure. */
export function persistCase(run: CaseRun): PersistedCase {
  const save = { format: persistedCaseFormat as typeof persistedCaseFormat, kind: run.kind, snapshot: run.persistedSnapshot(), trace: run.trace() };
  // A replay cannot tell a trace whose readings were edited to others under which it replays the
  // same; the digest can (unless whoever edited it recomputed it: it is no signature).
  return { ...save, digest: contentDigest(save) };
}
