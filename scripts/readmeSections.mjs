// The README's generated sections, from the built package: the clause matrix, one Mermaid
// diagram per case kind, and the readings and fixed choices. scripts/update-readme.mjs writes
// them; test/readme.test.ts checks the README holds exactly these.
import { cable, caseMachines, clauseMatrix, describeMachine, formatClauseMatrix, mermaidDiagram, notModeled, readings } from 'cable1957';
import { fixedChoices } from 'cable1957/machines';

// A table cell: one line, pipes escaped.
const cell = (text) => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

/** Every reading: clauses, question, each option (default first, marked) and why the default. */
export function readingsTable() {
  const rows = Object.entries(readings).map(([id, r]) => {
    const options = Object.entries(r.options)
      .sort(([a], [b]) => (a === r.default ? -1 : b === r.default ? 1 : 0))
      .map(([name, o]) => `${name === r.default ? '**default** ' : ''}\`${name}\`: ${cell(o.description)}`)
      .join('<br>');
    return `| \`${id}\` | ${r.clauses.join(', ')} | ${cell(r.question)} | ${options} | ${cell(r.why)} |`;
  });
  return ['| reading | clauses | question | options | why the default |', '|---|---|---|---|---|', ...rows, ''].join('\n');
}

/** Every fixed choice: clauses, question, what the model does and why. */
export function fixedChoicesTable() {
  const rows = fixedChoices.map((c) => `| \`${c.id}\` | ${c.clauses.join(', ')} | ${cell(c.question)} | ${cell(c.choice)} | ${cell(c.why)} |`);
  return ['| fixed choice | clauses | question | what the model does | why |', '|---|---|---|---|---|', ...rows, ''].join('\n');
}

/** Every generated section by its marker name. */
export function readmeSections() {
  return {
    clauses: formatClauseMatrix(clauseMatrix(caseMachines, cable.clauses, notModeled), 'markdown'),
    readings: readingsTable(),
    fixedChoices: fixedChoicesTable(),
    ...Object.fromEntries(
      Object.entries(caseMachines).map(([kind, m]) => [`diagram:${kind}`, `\`\`\`mermaid\n${mermaidDiagram(describeMachine(m))}\`\`\`\n`]),
    ),
  };
}
