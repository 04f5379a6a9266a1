import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { AnyStateMachine } from 'xstate';
import { chineseResidentInKoreaMachine } from '../../../../machines/index.js';
import type { CheckResult, LoadedFile } from '../../../../src/exercise/Exercise.js';
import { exercisesFolder } from '../support/exercisesFolder.js';
import { failed, passed, thrown } from '../support/failed.js';

// A second bug the student does not see: clause 3 silenced during the Embassy's investigation.
const hiddenBroken = chineseResidentInKoreaMachine.provide({
  guards: { clause3Covers: ({ context }) => context.path.at(-1) !== 'underInvestigation' },
});

/** The shrunk counterexample of a failed run, as one line. */
const shown = (details: fc.RunDetails<unknown[]>): string => fc.stringify(details.counterexample);

/** Exercise 3: a clause-3 property that holds on the machine and catches two broken copies. */
export async function check(file: LoadedFile): Promise<CheckResult> {
  if (file.kind !== 'module') return failed('hand in a module (.mjs)');
  const make = file.exports['property'];
  if (typeof make !== 'function') return failed('export a function "property(machine)" that returns a fast-check property');
  const { brokenMachine } = (await import(pathToFileURL(join(exercisesFolder(), '03-find-the-counterexample', 'broken.mjs')).href)) as { brokenMachine: AnyStateMachine };
  const run = async (machine: AnyStateMachine, numRuns: number) => {
    const prop = (make as (m: AnyStateMachine) => unknown)(machine);
    if (typeof prop !== 'object' || prop === null || typeof (prop as { generate?: unknown }).generate !== 'function') throw new Error('property(machine) must return fc.property(...) (or fc.asyncProperty)');
    return (await fc.check(prop as fc.IRawProperty<unknown[]>, { numRuns, seed: 1957 })) as fc.RunDetails<unknown[]>;
  };
  let real, broken, hidden;
  try {
    real = await run(chineseResidentInKoreaMachine, 300);
    broken = await run(brokenMachine, 3000);
    hidden = await run(hiddenBroken, 3000);
  } catch (error) {
    return failed(`running your property threw: ${thrown(error)}`);
  }
  if (real.failed) {
    return failed(`your property fails on the real machine (counterexample ${shown(real)}): it states something the model does not promise; for example, is the case still open when the crime arrives?`);
  }
  if (!broken.failed) {
    return failed('your property holds on the broken machine too: it does not reach the bug. Do your sequences reach deep states (refusal, consent…)? Do you send the crime event while the case is open, and look at where it ends?');
  }
  if (!hidden.failed) {
    return failed('your property catches broken.mjs but not the same kind of bug in another state: state clause 3 for every open state, not the one you found');
  }
  return passed(`your property holds on the machine and catches both broken copies. On broken.mjs fast-check shrank it to: ${shown(broken)}. Which state is that, and which clause fails there?`);
}
