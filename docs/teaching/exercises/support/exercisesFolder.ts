import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the exercises on disk. The checks run from this folder's sources in the tests,
 * and from a chunk in dist/ in the built CLI: there the folder is ../docs/teaching/exercises
 * (the package ships it).
 */
export function exercisesFolder(): string {
  for (const candidate of ['..', '../docs/teaching/exercises', '../../docs/teaching/exercises']) {
    const folder = fileURLToPath(new URL(`${candidate}/`, import.meta.url));
    if (existsSync(`${folder}01-step-to-each-outcome/README.md`)) return folder;
  }
  throw new Error(`the teaching kit's exercises are not where the package should have them (near ${fileURLToPath(import.meta.url)})`);
}
