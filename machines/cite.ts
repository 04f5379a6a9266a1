import type { ClauseId } from './cable.js';
import type { CaseRecord } from './types.js';

/** The clauses a transition cites: at least one. */
export type Citation = readonly [ClauseId, ...ClauseId[]];

/**
 * Builds a transition that cites its clauses once: the same list becomes the transition's
 * `meta.clauses` and the `record` action's params, so the basis a case accumulates can never
 * drift from the clauses the statechart shows. Add a guard by spreading:
 * `{ guard: 'name', ...cite(...) }`.
 */
export function cite<const Target extends string>(target: Target, clauses: Citation, description: string) {
  const to = (target.startsWith('.') ? target.slice(1) : target) as Target;
  return {
    target,
    description,
    meta: { clauses },
    actions: [{ type: 'record' as const, params: { clauses, to } }],
  };
}

/** Parameters of the `record` action that every cited transition runs. */
export interface RecordParams {
  /** The clauses of the transition taken. */
  readonly clauses: Citation;
  /** The state the transition enters. */
  readonly to: string;
}

/**
 * Appends one transition to a case record: its clauses to the basis (once each) and as
 * `lastClauses`, its target to the path.
 */
export function appendToRecord<C extends CaseRecord>(context: C, params: RecordParams): Partial<CaseRecord> {
  // Runs on every step of every simulated case: plain loops, and a new basis only when it grows.
  let basis = context.basis;
  for (const c of params.clauses) if (!basis.includes(c)) basis = [...basis, c];
  // New arrays, never pushes into the old ones: earlier snapshots share them (XState keeps them immutable).
  const path = context.path.slice();
  path.push(params.to);
  return { basis, path, lastClauses: params.clauses };
}
