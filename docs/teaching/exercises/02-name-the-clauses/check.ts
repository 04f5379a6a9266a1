import { runCase } from '../../../../src/index.js';
import type { CheckResult, LoadedFile } from '../../../../src/exercise/Exercise.js';
import { failed, passed } from '../support/failed.js';

// The three cases of the README, as the model runs them (default readings).
const cases = {
  A: runCase('chineseResidentInKorea', 'caseId=A,crossedOn=1957-03-02', ['authorities.screen@3', 'person.refusesToReturn@20', 'embassy.seeksConsent@5', 'korea.declines@40']),
  B: runCase('chineseResidentInKorea', 'caseId=B,crossedOn=1958-02-10', ['authorities.screen@2', 'korea.handsOver@30']),
  C: runCase('koreanCitizenInChina', 'caseId=C,crossedOn=1957-11-05', [
    'authorities.screen@4', 'person.findsReturnInconvenient@10', 'korea.approvesResidence@60',
    'publicSecurity.mobilizesReturn@400', 'person.refusesToReturn@7', 'authorities.establishCrimeOrPendingCase@90',
  ]),
};

/** Exercise 2: the clauses of every step of three cases, and whether each is punished under 4b. */
export async function check(file: LoadedFile): Promise<CheckResult> {
  if (file.kind !== 'module') return failed('hand in a module (.mjs)');
  const answers = file.exports['answers'] as Record<string, { steps?: unknown; punished?: unknown }> | undefined;
  if (typeof answers !== 'object' || answers === null) return failed('export "answers" (the starter has it)');
  let right = 0;
  for (const [name, trace] of Object.entries(cases)) {
    const answer = answers[name];
    if (typeof answer !== 'object' || answer === null || !Array.isArray(answer.steps)) return failed(`answers.${name} must be { steps: string[][], punished: boolean }`);
    if (answer.steps.length !== trace.steps.length) return failed(`answers.${name}.steps: case ${name} has ${trace.steps.length} steps, one list of clauses for each`);
    for (const [i, step] of trace.steps.entries()) {
      const given = answer.steps[i];
      const where = `case ${name}, step ${i + 1} (${step.from} \u2192 ${step.to})`;
      if (!Array.isArray(given) || given.length === 0) return failed(`${where}: no clause named yet`);
      const named = given.map(String);
      const missing = step.clauses.filter((c) => !named.includes(c)).length;
      const extra = named.filter((c) => !step.clauses.includes(c)).length;
      if (extra > 0) return failed(`${where}: ${extra === 1 ? 'a clause you name does' : `${extra} clauses you name do`} not authorize this step in the model; reread the step against the cable`);
      if (missing > 0) return failed(`${where}: the model cites ${missing === 1 ? 'one more clause' : `${missing} more clauses`} for this step`);
      right++;
    }
    if (typeof answer.punished !== 'boolean') return failed(`answers.${name}.punished: true or false`);
    if (answer.punished !== (trace.punishment === 'severe')) return failed(`answers.${name}.punished: look again at the date of the crossing and the reading punishment`);
  }
  return passed(`all ${right} steps of the three cases cited as the model cites them, and the punishment of each right`);
}
