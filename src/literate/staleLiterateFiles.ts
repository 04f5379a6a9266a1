import type { LiterateFile } from './literateFiles.js';

/**
 * Compares freshly generated files with the committed ones (`read` returns a file's text, or
 * undefined when it is missing) and returns one message per file that differs, each telling to run
 * `npm run literate`; empty when the committed model is up to date. Pure apart from `read`.
 */
export function staleLiterateFiles(generated: readonly LiterateFile[], read: (path: string) => string | undefined): string[] {
  const messages: string[] = [];
  for (const { path, text } of generated) {
    const committed = read(path);
    if (committed === undefined) messages.push(`${path} is missing: run \`npm run literate\` and commit it`);
    else if (committed !== text) {
      const lines = committed.split('\n');
      const at = text.split('\n').findIndex((line, i) => line !== lines[i]);
      messages.push(`${path} is stale (first difference at line ${at + 1}): the machines, readings or tests changed since it was generated; run \`npm run literate\` and commit it`);
    }
  }
  return messages;
}
