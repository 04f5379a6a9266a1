import type { DiagramFragment } from './LiterateDocument.js';

const id = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_');

/** An edge's label: `event [guard] / clauses` on one line, or event, guard and clauses on lines of their own (DOT). */
export function edgeLabel(e: DiagramFragment['edges'][number], layout: 'line' | 'lines' = 'line'): string {
  const guard = e.guard ? `[${e.guard}]` : undefined;
  if (layout === 'lines') return [e.event, ...(guard ? [guard] : []), e.clauses.join(' ')].join('\n');
  return `${e.event}${guard ? ` ${guard}` : ''} / ${e.clauses.join(' ')}`;
}

/** A state's label in a fragment: a compound state stands for every state inside it. */
export const stateLabel = (s: DiagramFragment['states'][number]): string => (s.compound ? `${s.name} (any state inside)` : s.name);

/**
 * A Mermaid `stateDiagram-v2` of a clause's fragment: its states, its transitions labelled
 * `event [guard] / clauses`, final states into `[*]`. No start arrow: a fragment starts nowhere. Pure.
 */
export function fragmentMermaid(f: DiagramFragment): string {
  const lines = ['stateDiagram-v2'];
  for (const s of f.states) lines.push(`  ${id(s.name)} : ${stateLabel(s)}`);
  for (const e of f.edges) lines.push(`  ${id(e.from)} --> ${id(e.to)} : ${edgeLabel(e)}`);
  for (const s of f.states.filter((x) => x.final)) lines.push(`  ${id(s.name)} --> [*]`);
  return `${lines.join('\n')}\n`;
}
