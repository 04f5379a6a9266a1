// Regenerates the README's generated sections (between <!-- name:begin --> and <!-- name:end -->)
// from the built package (scripts/readmeSections.mjs): the clause matrix, the readings and fixed
// choices, and one Mermaid diagram per case kind.
// Run `npm run readme` after changing a machine or a reading; test/readme.test.ts fails until you do.
import { readFileSync, writeFileSync } from 'node:fs';
import { readmeSections } from './readmeSections.mjs';

let readme = readFileSync('README.md', 'utf8');
for (const [name, body] of Object.entries(readmeSections())) {
  const begin = `<!-- ${name}:begin -->\n`;
  const end = `<!-- ${name}:end -->`;
  const [head, rest] = readme.split(begin);
  if (rest === undefined) throw new Error(`README.md has no ${begin.trim()} marker`);
  readme = `${head}${begin}${body}${end}${rest.slice(rest.indexOf(end) + end.length)}`;
}
writeFileSync('README.md', readme);
