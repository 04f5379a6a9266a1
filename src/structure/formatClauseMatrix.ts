import type { ClauseMatrixRow } from './clauseMatrix.js';

/** Output formats of the clause matrix. */
export type ClauseMatrixFormat = 'text' | 'markdown' | 'json';

/** Renders the clause ↔ model matrix as plain text, a Markdown table, or JSON. Pure. */
export function formatClauseMatrix(rows: readonly ClauseMatrixRow[], format: ClauseMatrixFormat): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'markdown') {
    const cell = (s: string) => s.replace(/\|/g, '\\|');
    const lines = ['| clause | title | kind | states | transitions |', '|---|---|---|---|---|'];
    for (const row of rows) {
      if (row.uses.length === 0) {
        lines.push(`| \`${row.id}\` | ${cell(row.title)} | — | — | not modeled: ${cell(row.notModeled ?? 'NOT CITED')} |`);
      }
      for (const use of row.uses) {
        const ts = use.transitions.map((t) => `\`${cell(t)}\``).join('<br>');
        lines.push(`| \`${row.id}\` | ${cell(row.title)} | ${use.kind} | ${use.states.join(', ') || '—'} | ${ts || '—'} |`);
      }
    }
    return `${lines.join('\n')}\n`;
  }
  const out: string[] = [];
  for (const row of rows) {
    out.push(`${row.id}  ${row.title}`);
    if (row.uses.length === 0) out.push(`    not modeled: ${row.notModeled ?? 'NOT CITED by any machine and not listed as not modeled'}`);
    for (const use of row.uses) {
      out.push(`    ${use.kind}`);
      if (use.states.length) out.push(`      states:      ${use.states.join(', ')}`);
      for (const t of use.transitions) out.push(`      transition:  ${t}`);
    }
  }
  return `${out.join('\n')}\n`;
}
