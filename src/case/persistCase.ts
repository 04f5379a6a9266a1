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
}

/** Saves a case mid-way as JSON-ready data: the XState persisted snapshot and the trace. Pure. */
export function persistCase(run: CaseRun): PersistedCase {
  return { format: persistedCaseFormat, kind: run.kind, snapshot: run.persistedSnapshot(), trace: run.trace() };
}
