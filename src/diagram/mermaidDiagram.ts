import type { MachineDescription } from '../structure/describeMachine.js';

const id = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * A Mermaid `stateDiagram-v2` of a machine: each state with its clauses, each transition
 * labelled `event [guard] / clauses`, final states into `[*]`, settled states styled. Pure.
 */
export function mermaidDiagram(d: MachineDescription): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${id(d.initial)}`];
  for (const s of d.states) lines.push(`  ${id(s.name)} : ${s.name} · ${s.clauses.join(' ')}`);
  for (const t of d.transitions) {
    const froms = t.from === null ? d.states.filter((s) => !s.final).map((s) => s.name) : [t.from];
    for (const from of froms) {
      lines.push(`  ${id(from)} --> ${id(t.to)} : ${t.event}${t.guard ? ` [${t.guard}]` : ''} / ${t.clauses.join(' ')}`);
    }
  }
  for (const s of d.states.filter((x) => x.final)) lines.push(`  ${id(s.name)} --> [*]`);
  const settled = d.states.filter((s) => s.settled);
  if (settled.length > 0) {
    lines.push('  classDef settled fill:#fff3c4,stroke:#b08800', ...settled.map((s) => `  class ${id(s.name)} settled`));
  }
  return `${lines.join('\n')}\n`;
}
