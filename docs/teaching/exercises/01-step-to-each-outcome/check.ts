import { caseMachines } from '../../../../machines/index.js';
import type { CheckResult, LoadedFile } from '../../../../src/exercise/Exercise.js';
import { failed, passed } from '../support/failed.js';
import { outcomeOf } from '../support/outcomeOf.js';

const facts = { caseId: 'ex01', crossedOn: '1957-06-10', hasCrimeOrPendingCase: false };
const clause3 = 'authorities.establishCrimeOrPendingCase';
const parts = [
  { name: 'walks', kind: 'chineseResidentInKorea', outcomes: ['repatriated', 'passportIssued', 'citizenshipRenounced'] },
  { name: 'koreanWalks', kind: 'koreanCitizenInChina', outcomes: ['repatriated', 'residing'] },
] as const;

/** Exercise 1: every outcome of the two crosser machines reached by accepted events, without clause 3. */
export async function check(file: LoadedFile): Promise<CheckResult> {
  if (file.kind !== 'module') return failed('hand in a module (.mjs)');
  for (const part of parts) {
    const walks = file.exports[part.name] as Record<string, unknown> | undefined;
    if (typeof walks !== 'object' || walks === null) return failed(`export an object "${part.name}" (the starter has it)`);
    for (const outcome of part.outcomes) {
      const where = `${part.name}.${outcome}`;
      const events = walks[outcome];
      if (!Array.isArray(events) || !events.every((e) => typeof e === 'string')) return failed(`${where} must be a list of event names`);
      if (events.length === 0) return failed(`${where} is empty: the case is still in its first state; which event moves it?`);
      if (events.includes(clause3)) return failed(`${where} uses ${clause3} (clause 3): reach the outcome the way clauses 1 and 2 do`);
      const end = outcomeOf(caseMachines[part.kind], facts, events, true);
      if (end.refusedAt >= 0) {
        return failed(
          `${where}: event ${end.refusedAt + 1} ("${events[end.refusedAt]}") is not accepted in state "${end.refusedIn}"; step the case with "npx cable1957 case ${part.kind} --facts crossedOn=1957-06-10 --interactive" and look at what that state accepts`,
        );
      }
      if (end.state !== outcome) {
        const more = end.status === 'active' ? 'the case is not over there: what comes next?' : 'that is another outcome: which state on the way leads elsewhere?';
        return failed(`${where} ends in "${end.state}", not "${outcome}": ${more}`);
      }
    }
  }
  return passed('every outcome reached, event by event, without clause 3: 3 outcomes of a Chinese resident in Korea, 2 of a Korean citizen in China');
}
