import type { AnyStateMachine } from 'xstate';
import type { FactSpec } from '../../machines/index.js';
import { formatTransition } from '../structure/clauseMatrix.js';
import { checkDecisions, type DeclaredPrecedence, type DecisionFinding } from './checkDecisions.js';
import { explore, transitionKey, type SimplePath } from './explore.js';

/** What exhaustive verification found for one machine. */
export interface MachineVerification {
  /** Situations explored (facts × readings). */
  readonly situations: number;
  /**
   * Leaf states reached / leaf states in all (a case is only ever in a leaf), and the compound
   * states that group them.
   */
  readonly states: { readonly reached: number; readonly total: number; readonly compound: readonly string[] };
  /** Transitions taken / transitions in all, counted as written: one on a compound state counts once, whichever leaf takes it. */
  readonly transitions: { readonly taken: number; readonly total: number };
  /** Guard outcomes seen / guard outcomes possible (two per guarded transition). */
  readonly guardOutcomes: { readonly seen: number; readonly total: number };
  /** Every simple path from the initial state to an outcome, with its basis. */
  readonly paths: readonly SimplePath[];
  /** Gaps and overlaps of the decisions. */
  readonly decisions: readonly DecisionFinding[];
  /** Everything that must be fixed: unreachable states or transitions, one-sided guards, gaps, undeclared overlaps, stale declarations. */
  readonly problems: readonly string[];
}

/**
 * Verifies a machine exhaustively: explores every situation and event, then checks that every
 * state is reached, every transition taken, every guard seen both true and false, no decision has
 * a gap, and every overlap is settled by a declared precedence that the machine follows.
 */
export function verifyMachine(machine: AnyStateMachine, facts: Readonly<Record<string, FactSpec>>, declared: readonly DeclaredPrecedence[] = []): MachineVerification {
  const e = explore(machine, facts);
  const d = e.description;
  const problems: string[] = [];
  const leaves = d.states.filter((s) => s.leaf);
  for (const s of leaves) if (!e.reachedStates.has(s.name)) problems.push(`state ${s.name} is unreachable`);
  const index = new Map<string, number>();
  let guarded = 0;
  let seenOutcomes = 0;
  for (const t of d.transitions) {
    const group = `${t.from ?? '*'}|${t.event}`;
    const i = index.get(group) ?? 0;
    index.set(group, i + 1);
    const key = transitionKey(t.from, t.event, i);
    if (!e.takenTransitions.has(key)) problems.push(`transition ${formatTransition(t)} is never taken`);
    if (t.guard) {
      guarded++;
      const outcomes = e.guardOutcomes.get(key) ?? new Set();
      seenOutcomes += outcomes.size;
      for (const v of [true, false]) if (!outcomes.has(v)) problems.push(`guard ${t.guard} on ${t.from ?? '*'} --${t.event}--> is never ${v}`);
    }
  }
  const decisions = checkDecisions(e.decisions, declared);
  for (const f of decisions) if (f.kind === 'gap' || !f.declared) problems.push(f.message);
  for (const p of declared) {
    if (!decisions.some((f) => f.kind === 'overlap' && f.declared && f.state === p.state && f.event === p.event)) {
      problems.push(`the precedence declared for ${p.state} --${p.event}--> settles no overlap (stale, or the overlap is gone)`);
    }
  }
  return {
    situations: e.situations,
    states: { reached: e.reachedStates.size, total: leaves.length, compound: d.states.filter((s) => !s.leaf).map((s) => s.name) },
    transitions: { taken: e.takenTransitions.size, total: d.transitions.length },
    guardOutcomes: { seen: seenOutcomes, total: guarded * 2 },
    paths: e.paths,
    decisions,
    problems,
  };
}
