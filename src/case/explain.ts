import { cable, caseFacts, type FactSpec } from '../../machines/index.js';
import { effectiveDateText } from './effectiveDateText.js';
import type { Trace } from './Trace.js';

/** What `explain` needs of a clause: title and paraphrase, by id. */
export interface ClauseText {
  /** The clause id. */
  readonly id: string;
  /** A short title. */
  readonly title: string;
  /** The paraphrase. */
  readonly paraphrase: string;
}

/**
 * Says why a case whose date fact is earlier than the effective date was handled from the
 * effective date (design §4: a case starts at the later of the two, and says which), or null.
 */
function lateStart(trace: Trace): string | null {
  const specs = (caseFacts as Readonly<Record<string, Readonly<Record<string, FactSpec>>>>)[trace.kind] ?? {};
  const fact = Object.entries(specs).find(([, spec]) => spec.startsCase)?.[0];
  const value = fact === undefined ? undefined : trace.input[fact];
  const start = trace.start.slice(0, 10);
  let effective;
  try {
    effective = effectiveDateText(trace.readings);
  } catch {
    return null;
  }
  if (typeof value !== 'string' || value >= start || start !== effective.date) return null;
  return `${fact}=${value}; handled from the ${effective.text}: no step is dated before it.`;
}

/**
 * A plain-language narrative of a trace: one line per step with the date, who did what, the
 * states, and each clause id with its title and, the first time, its paraphrase; then the outcome. Pure.
 */
export function explain(trace: Trace, clauses: readonly ClauseText[] = cable.clauses): string {
  // Each paraphrase once, at the clause's first step: a case that cites 1b four times reads it once.
  const told = new Set<string>();
  const text = (id: string) => {
    const c = clauses.find((x) => x.id === id);
    if (!c) return id;
    if (told.has(id)) return `${id} (${c.title}), as above`;
    told.add(id);
    return `${id} (${c.title}): ${c.paraphrase}`;
  };
  const facts = Object.entries(trace.input)
    .filter(([k]) => k !== 'caseId')
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
  const lines = [`Case ${trace.caseId} (${trace.kind}; ${facts}), from ${trace.start.slice(0, 10)}:`];
  const late = lateStart(trace);
  if (late) lines.push(`   ${late}`);
  for (const s of trace.steps) {
    lines.push(`${s.index}. ${s.time.slice(0, 10)}  ${s.actor}: ${s.event.slice(s.actor.length + 1)} — ${s.from} → ${s.to}. ${s.description}`);
    for (const id of s.clauses) lines.push(`     ${text(id)}`);
  }
  if (trace.steps.length === 0) lines.push('   (no steps yet)');
  if (trace.outcome === null) lines.push(`Still open, in ${trace.state}.`);
  else {
    const settled = trace.status === 'settled' ? ' (settled: later events could still move it)' : '';
    const punishment = trace.punishment ? `; punishment: ${trace.punishment}` : '';
    lines.push(`Outcome: ${trace.outcome}${settled}; basis: ${trace.basis.join(', ') || 'none'}${punishment}.`);
  }
  return `${lines.join('\n')}\n`;
}
