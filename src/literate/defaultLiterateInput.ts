import { cable, caseMachines, fixedChoices, invariants, notModeled, readings } from '../../machines/index.js';
import type { LiterateInput } from './LiterateInput.js';
import { readTestSources } from './readTestSources.js';
import { testCitations } from './testCitations.js';

/**
 * The literate model's input as the repository holds it: the cable's machines and registries,
 * and the tests under `<root>/test` that cite them. Reads the test files.
 */
export function defaultLiterateInput(root: string): LiterateInput {
  const tests = testCitations(
    readTestSources(root),
    cable.clauses.map((c) => c.id),
    invariants.map((i) => i.id),
  );
  return { cable, machines: caseMachines, readings, fixedChoices, invariants, notModeled, tests };
}
