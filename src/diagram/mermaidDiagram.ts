import type { MachineDescription } from '../structure/describeMachine.js';
import { diagramScopes } from './diagramScopes.js';

const id = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * A Mermaid `stateDiagram-v2` of a machine: each state with its clauses, each transition
 * labelled `event [guard] / clauses`, final states into `[*]`, settled states styled. A compound
 * state is a composite state (`state open { … }`) holding its children, its initial child and
 * the transitions between them; a transition written on it is one edge from it (clause 3 on
 * `open` is drawn once). A targetless transition is a self-loop on the state it is written on. Pure.
 */
export function mermaidDiagram(d: MachineDescription): string {
  const { children, initialOf, edgesIn, finalsIn } = diagramScopes(d);
  const label = (t: MachineDescription['transitions'][number]) => `${t.event}${t.guard ? ` [${t.guard}]` : ''} / ${t.clauses.join(' ')}`;
  const block = (scope: string | null, indent: string): string[] => {
    const lines = [`${indent}[*] --> ${id(initialOf(scope))}`];
    for (const s of children(scope)) {
      if (!s.leaf) lines.push(`${indent}state ${id(s.name)} {`, ...block(s.name, `${indent}  `), `${indent}}`);
      lines.push(`${indent}${id(s.name)} : ${s.name} · ${s.clauses.join(' ')}`);
    }
    for (const { from, to, t } of edgesIn(scope)) lines.push(`${indent}${id(from)} --> ${id(to)} : ${label(t)}`);
    for (const s of finalsIn(scope)) lines.push(`${indent}${id(s.name)} --> [*]`);
    return lines;
  };
  const lines = ['stateDiagram-v2', ...block(null, '  ')];
  const settled = d.states.filter((s) => s.settled);
  if (settled.length > 0) {
    lines.push('  classDef settled fill:#fff3c4,stroke:#b08800', ...settled.map((s) => `  class ${id(s.name)} settled`));
  }
  return `${lines.join('\n')}\n`;
}
