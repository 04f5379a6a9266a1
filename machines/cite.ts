import type { ClauseId } from './cable.js';
import type { CaseRecord } from './types.js';

/** The clauses a transition cites: at least one. */
export type Citation = readonly [ClauseId, ...ClauseId[]];

/**
 * The state a target names, as traces speak of it: the leaf's own name, whether the target is
 * written as a sibling (`mobilized`), a child (`.mobilized`) or by id
 * (`#chineseResidentInKorea.repatriated`, from a state inside `open` to a final state outside).
 */
export function leafName(target: string): string {
  if (target.startsWith('#')) return target.slice(target.lastIndexOf('.') + 1);
  return target.startsWith('.') ? target.slice(1) : target;
}

/**
 * Builds a transition that cites its clauses once: the same list becomes the transition's
 * `meta.clauses` and the `record` action's params, so the basis a case accumulates can never
 * drift from the clauses the statechart shows. Add a guard by spreading:
 * `{ guard: 'name', ...cite(...) }`.
 */
export function cite<const Target extends string>(target: Target, clauses: Citation, description: string) {
  const to = leafName(target);
  return {
    target,
    description,
    meta: { clauses },
    actions: [{ type: 'record' as const, params: { clauses, to } }],
  };
}

/**
 * A targetless transition that cites its clauses: the case stays in its state, but the basis
 * and `lastClauses` record that the clauses acted, so traces say what happened (e.g. a crime
 * left to the host side's law under the 1955 Record).
 */
export function citeInPlace(clauses: Citation, description: string) {
  return {
    description,
    meta: { clauses },
    actions: [{ type: 'record' as const, params: { clauses } }],
  };
}

/** Parameters of the `record` action that every cited transition runs. */
export interface RecordParams {
  /** The clauses of the transition taken. */
  readonly clauses: Citation;
  /** The state the transition enters; absent for a targetless transition (the path does not grow). */
  readonly to?: string;
}

/**
 * Appends one transition to a case record: its clauses to the basis (once each) and as
 * `lastClauses`, its target (if it has one) to the path.
 */
export function appendToRecord<C extends CaseRecord>(context: C, params: RecordParams): Partial<CaseRecord> {
  // Runs on every step of every simulated case: plain loops, and a new basis only when it grows.
  let basis = context.basis;
  for (const c of params.clauses) if (!basis.includes(c)) basis = [...basis, c];
  // New arrays, never pushes into the old ones: earlier snapshots share them (XState keeps them immutable).
  if (params.to === undefined) return { basis, lastClauses: params.clauses };
  const path = context.path.slice();
  path.push(params.to);
  return { basis, path, lastClauses: params.clauses };
}
