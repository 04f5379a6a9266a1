// Regenerates the README's generated sections (between <!-- name:begin --> and <!-- name:end -->)
// from the built package: the clause matrix and one Mermaid diagram per case kind.
// Run `npm run readme` after changing a machine; test/readme.test.ts fails until you do.
import { readFileSync, writeFileSync } from 'node:fs';
import { cable, caseMachines, clauseMatrix, describeMachine, formatClauseMatrix, mermaidDiagram, notModeled } from 'cable1957';

const sections = {
  clauses: formatClauseMatrix(clauseMatrix(caseMachines, cable.clauses, notModeled), 'markdown'),
  ...Object.fromEntries(
    Object.entries(caseMachines).map(([kind, m]) => [`diagram:${kind}`, `\`\`\`mermaid\n${mermaidDiagram(describeMachine(m))}\`\`\`\n`]),
  ),
};
let readme = readFileSync('README.md', 'utf8');
for (const [name, body] of Object.entries(sections)) {
  const begin = `<!-- ${name}:begin -->\n`;
  const end = `<!-- ${name}:end -->`;
  const [head, rest] = readme.split(begin);
  if (rest === undefined) throw new Error(`README.md has no ${begin.trim()} marker`);
  readme = `${head}${begin}${body}${end}${rest.slice(rest.indexOf(end) + end.length)}`;
}
writeFileSync('README.md', readme);
