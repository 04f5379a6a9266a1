import type { Decision } from './explore.js';

/** A declared precedence, as `machines/precedence.ts` gives it. */
export interface DeclaredPrecedence {
  /** The state. */
  readonly state: string;
  /** The event. */
  readonly event: string;
  /** Clauses from the strongest to the weakest. */
  readonly order: readonly string[];
}

/** One finding of the decision-table check. */
export interface DecisionFinding {
  /** `gap`: no alternative holds (the event is silently ignored); `overlap`: several guarded ones hold. */
  readonly kind: 'gap' | 'overlap';
  /** Whether a declared precedence settles it (overlaps only). */
  readonly declared: boolean;
  /** The state of the decision. */
  readonly state: string;
  /** The event of the decision. */
  readonly event: string;
  /** A one-line account with the situation. */
  readonly message: string;
}

const describe = (d: Decision) =>
  `${d.state} --${d.event}--> with ${Object.entries(d.situation.facts)
    .filter(([k]) => k !== 'caseId')
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ')}; readings ${Object.values(d.situation.readings).join(', ')}`;

/**
 * Checks decisions the way decision-table tools do: a gap is a situation where no alternative
 * holds (XState would ignore the event silently); an overlap is one where two or more *guarded*
 * alternatives hold at once (an unguarded last alternative is the "otherwise" rule, not an
 * overlap). An overlap is settled only if a precedence is declared for that state and event and
 * the machine's order of alternatives follows it; otherwise it is reported as undeclared.
 */
export function checkDecisions(decisions: readonly Decision[], declared: readonly DeclaredPrecedence[]): DecisionFinding[] {
  const findings: DecisionFinding[] = [];
  const seen = new Set<string>();
  for (const d of decisions) {
    const enabled = d.alternatives.filter((a) => a.enabled);
    if (enabled.length === 0) {
      findings.push({ kind: 'gap', declared: false, state: d.state, event: d.event, message: `gap: no alternative holds for ${describe(d)}` });
      continue;
    }
    const guarded = enabled.filter((a) => a.guard !== undefined);
    if (guarded.length < 2) continue;
    const rule = declared.find((p) => p.state === d.state && p.event === d.event);
    const rank = (clauses: readonly string[]) => {
      const r = clauses.map((c) => rule?.order.indexOf(c) ?? -1).filter((i) => i >= 0);
      return r.length ? Math.min(...r) : Infinity;
    };
    // Declared and followed: the earlier alternative never cites a weaker clause than a later one.
    const follows = rule !== undefined && guarded.every((a, i) => guarded.slice(i + 1).every((b) => rank(a.clauses) <= rank(b.clauses) && rank(a.clauses) < Infinity));
    const text = `overlap: ${guarded.map((a) => `[${a.guard} → ${a.clauses.join(' ')}]`).join(' and ')} both hold for ${describe(d)}`;
    const key = `${follows}|${text.replace(/ with .*$/, '')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      kind: 'overlap',
      declared: follows,
      state: d.state,
      event: d.event,
      message: follows ? `${text}; settled by the declared precedence ${rule!.order.join(' > ')}` : `${text}; ${rule ? `the machine's order contradicts the declared precedence ${rule.order.join(' > ')}` : 'no precedence is declared'}`,
    });
  }
  return findings;
}
