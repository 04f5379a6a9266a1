import type { AnyStateMachine } from 'xstate';
import { describeMachine } from '../../../src/structure/describeMachine.js';
import { transitionAnchors } from '../../../src/literate/transitionAnchors.js';

const count = (text: string, needle: string) => text.split(needle).length - 1;

/**
 * What the structural test demands of a rendering of the literate model, as one message per
 * problem (none when it holds): every clause of the registry has its section, once, in the
 * registry's order; every transition of every machine has its full entry exactly once, inside the
 * section of the first clause it cites (in the registry's order); no other full entries exist.
 * `anchor(id)` is how the rendering writes an anchor (`<a id="…"></a>` in Markdown, `<tr id="…">` in HTML).
 */
export function documentProblems(
  text: string,
  clauseIds: readonly string[],
  machines: Readonly<Record<string, AnyStateMachine>>,
  anchor: { clause: (id: string) => string; transition: (id: string) => string },
): string[] {
  const problems: string[] = [];
  const starts = clauseIds.map((id) => {
    const n = count(text, anchor.clause(id));
    if (n !== 1) problems.push(`clause ${id}: ${n} sections`);
    return text.indexOf(anchor.clause(id));
  });
  if (starts.some((s, i) => i > 0 && s < starts[i - 1]!)) problems.push('the clause sections are not in the registry order');
  const sectionAt = (pos: number) => clauseIds[starts.filter((s) => s >= 0 && s <= pos).length - 1];
  let expected = 0;
  for (const [kind, machine] of Object.entries(machines)) {
    for (const a of transitionAnchors(kind, describeMachine(machine))) {
      expected++;
      const n = count(text, anchor.transition(a.anchor));
      const written = `${kind}: ${a.t.from ?? '*'} --${a.t.event}${a.t.guard ? ` [${a.t.guard}]` : ''}--> ${a.t.to ?? '(stays)'}`;
      if (n !== 1) {
        problems.push(`${written} is told ${n} times`);
        continue;
      }
      const home = [...a.t.clauses].sort((x, y) => clauseIds.indexOf(x) - clauseIds.indexOf(y))[0];
      const under = sectionAt(text.indexOf(anchor.transition(a.anchor)));
      if (under !== home) problems.push(`${written} is told under ${under ?? 'no clause'}, not under ${home}`);
    }
  }
  const entries = count(text, anchor.transition('t-'));
  if (entries !== expected) problems.push(`${entries} transition entries for ${expected} transitions`);
  return problems;
}

/** Anchors as the Markdown rendering writes them. */
export const markdownAnchors = { clause: (id: string) => `<a id="clause-${id}"></a>`, transition: (id: string) => (id === 't-' ? '<a id="t-' : `<a id="${id}"></a>`) };

/** Anchors as the HTML rendering writes them. */
export const htmlAnchors = { clause: (id: string) => `<h2 id="clause-${id}">`, transition: (id: string) => (id === 't-' ? '<tr id="t-' : `<tr id="${id}">`) };
