// npm run literate — regenerates the literate model, docs/model.md and docs/model.html, from the
// machines, their registries and the tests that cite them (src/literate/). Run it after changing a
// machine, a reading, a fixed choice, an invariant or a test name that cites a clause:
// test/src/literate/staleness.test.ts fails until you do. Runs under tsx: it imports the sources.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultLiterateInput } from '../src/literate/defaultLiterateInput.ts';
import { literateFiles } from '../src/literate/literateFiles.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const { path, text } of await literateFiles(defaultLiterateInput(root))) {
  writeFileSync(new URL(`../${path}`, import.meta.url), text);
  console.log(`wrote ${path} (${Buffer.byteLength(text)} bytes)`);
}
