import { applyReadings, chineseResidentInKoreaMachine } from '../../../../machines/index.js';
import type { CheckResult, LoadedFile } from '../../../../src/exercise/Exercise.js';
import { isMachine } from '../support/isMachine.js';
import { failed, passed } from '../support/failed.js';
import { outcomeOf } from '../support/outcomeOf.js';

const facts = { caseId: 'ex02', crossedOn: '1957-06-10', hasCrimeOrPendingCase: false };
const events = [
  'authorities.screen', 'person.refusesToReturn', 'embassy.seeksConsent', 'korea.declines',
  'person.refusesToReturn', 'embassy.seeksConsent', 'korea.consents', 'embassy.completesInvestigation',
];
const readingsByName = { default: {}, mobilizeAgain: { koreanSideDeclines: 'mobilizeAgain' } } as const;


/** Exercise 4: a reading applied with provide, and the outcome and basis predicted under both readings. */
export async function check(file: LoadedFile): Promise<CheckResult> {
  if (file.kind !== 'module') return failed('hand in a module (.mjs)');
  const prediction = file.exports['prediction'] as Record<string, { outcome?: unknown; basis?: unknown }> | undefined;
  if (typeof prediction !== 'object' || prediction === null) return failed('export an object "prediction" (the starter has it)');
  for (const [name, selection] of Object.entries(readingsByName)) {
    const p = prediction[name];
    const where = `prediction.${name}`;
    if (typeof p !== 'object' || p === null || typeof p.outcome !== 'string' || !Array.isArray(p.basis)) {
      return failed(`${where} must be { outcome: string, basis: string[] }`);
    }
    if (p.outcome === '') return failed(`${where}.outcome is empty: predict the state the case ends in`);
    const actual = outcomeOf(applyReadings(chineseResidentInKoreaMachine, selection), facts, events);
    if (p.outcome !== actual.state) {
      return failed(`${where}.outcome is not where the case ends: follow it event by event; at consentSought, which guard decides, and what does this reading make it say? Does the case accept anything after a final state?`);
    }
    const basis = p.basis.map(String);
    const missing = actual.basis.filter((c) => !basis.includes(c));
    const extra = basis.filter((c) => !actual.basis.includes(c));
    if (missing.length > 0) return failed(`${where}.basis misses ${missing.length === 1 ? 'a clause' : `${missing.length} clauses`} that a transition on the way cites (the outcome is right)`);
    if (extra.length > 0) return failed(`${where}.basis names ${extra.length === 1 ? 'a clause' : `${extra.length} clauses`} that no transition taken cites (the outcome is right)`);
    if (basis.join() !== actual.basis.join()) return failed(`${where}.basis has the right clauses, each must appear once, in the order first cited`);
  }
  const machine = file.exports['machine'];
  if (!isMachine(machine)) return failed('export "machine": the chineseResidentInKorea machine with the reading applied');
  if (machine.id !== chineseResidentInKoreaMachine.id) return failed(`"machine" is the ${machine.id} machine: apply the reading to chineseResidentInKoreaMachine`);
  const declined = outcomeOf(machine, facts, events.slice(0, 4));
  if (declined.state !== 'mobilized') {
    return failed(`"machine" does not behave as koreanSideDeclines=mobilizeAgain: after korea.declines it is in "${declined.state}". Apply the reading with applyReadings(machine, selection)`);
  }
  return passed('both predictions right, and the reading applied with provide: the same clauses, a different outcome');
}
