import type { AnyStateMachine } from 'xstate';
import { describeMachine } from './describeMachine.js';

/** What a clause registry entry must provide for the matrix. */
export interface ClauseLike {
  /** The clause id. */
  readonly id: string;
  /** A short title. */
  readonly title: string;
}

/** Where one clause is implemented in one machine. */
export interface ClauseUse {
  /** The case kind (the key in the machines record). */
  readonly kind: string;
  /** States whose `meta.clauses` cite the clause. */
  readonly states: readonly string[];
  /** Transitions citing the clause, as `from --event [guard]--> to` (`*` = any open state, `(stays)` = targetless). */
  readonly transitions: readonly string[];
}

/** One row of the clause ↔ model matrix. */
export interface ClauseMatrixRow {
  /** The clause id. */
  readonly id: string;
  /** The clause title. */
  readonly title: string;
  /** Where each machine implements it (kinds that do not cite it are left out). */
  readonly uses: readonly ClauseUse[];
  /** The reason it is not modeled, when it is listed as such. */
  readonly notModeled?: string;
}

/**
 * Renders a transition for humans: `from --event [guard]--> to`, `*` for any open state, and
 * `(stays)` as the target of a targetless one (its actions run, the case keeps its state).
 */
export function formatTransition(t: { from: string | null; event: string; guard?: string; to: string | null }): string {
  return `${t.from ?? '*'} --${t.event}${t.guard ? ` [${t.guard}]` : ''}--> ${t.to ?? '(stays)'}`;
}

/**
 * Builds the clause ↔ states/transitions matrix from the machines' `meta`. Pure. Clauses cited
 * by the machines but absent from the registry get a row titled "(not in the registry)", so a
 * typo in a citation shows up instead of vanishing.
 */
export function clauseMatrix(
  machines: Readonly<Record<string, AnyStateMachine>>,
  clauses: readonly ClauseLike[],
  notModeled: Readonly<Record<string, string | undefined>> = {},
): ClauseMatrixRow[] {
  const described = Object.entries(machines).map(([kind, m]) => [kind, describeMachine(m)] as const);
  const ids = clauses.map((c) => c.id);
  for (const [, d] of described) {
    for (const c of [...d.states.flatMap((s) => s.clauses), ...d.transitions.flatMap((t) => t.clauses)]) {
      if (!ids.includes(c)) ids.push(c);
    }
  }
  return ids.map((id) => {
    const uses: ClauseUse[] = [];
    for (const [kind, d] of described) {
      const states = d.states.filter((s) => s.clauses.includes(id)).map((s) => s.name);
      const transitions = d.transitions.filter((t) => t.clauses.includes(id)).map(formatTransition);
      if (states.length + transitions.length > 0) uses.push({ kind, states, transitions });
    }
    const reason = notModeled[id];
    return {
      id,
      title: clauses.find((c) => c.id === id)?.title ?? '(not in the registry)',
      uses,
      ...(reason === undefined ? {} : { notModeled: reason }),
    };
  });
}
