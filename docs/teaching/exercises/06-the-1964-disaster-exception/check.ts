import type { AnyStateMachine } from 'xstate';
import { caseMachines } from '../../../../machines/index.js';
import type { CheckResult, LoadedFile } from '../../../../src/exercise/Exercise.js';
import { isMachine } from '../support/isMachine.js';
import { failed, passed, thrown } from '../support/failed.js';
import { describeDifference, firstDifference } from '../support/firstDifference.js';
import { outcomeOf } from '../support/outcomeOf.js';
import { randomWalks, type Walk } from '../support/randomWalks.js';
import { readingHint } from '../support/readingHint.js';
import { traceabilityHint } from '../support/traceabilityHint.js';

const crossers = ['chineseResidentInKorea', 'koreanCitizenInChina'];
const screen = 'authorities.screen';
const crime = 'authorities.establishCrimeOrPendingCase';


function disasterHint(copy: AnyStateMachine, walks: readonly Walk[]): string | null {
  for (const walk of walks) {
    const end = outcomeOf(copy, walk.input, walk.events);
    if (end.punishment || end.basis.includes('4b')) {
      return `a crosser forced across by disaster is still treated as an illegal crosser (${end.punishment ? 'marked for punishment' : '4b in the basis'}): facts crossedOn=${String(walk.input['crossedOn'])},forcedByDisaster=true, events ${walk.events.join(', ')}`;
    }
  }
  // Clause 3 still holds: a crime known at screening, or one that comes to light while the case is open.
  for (const crossedOn of ['1957-06-10', '1958-01-03']) {
    const input = { caseId: 'ex05', crossedOn, hasCrimeOrPendingCase: true, forcedByDisaster: true };
    if (outcomeOf(copy, input, [screen]).state !== 'repatriated') return `clause 3 no longer holds for a crosser forced across by disaster with a crime known at screening (crossedOn=${crossedOn}): a disaster does not erase a crime`;
    const later = outcomeOf(copy, { ...input, hasCrimeOrPendingCase: false }, [screen]);
    if (later.status === 'active' && outcomeOf(copy, { ...input, hasCrimeOrPendingCase: false }, [screen, crime]).state !== 'repatriated') {
      return `clause 3 no longer holds for a crosser forced across by disaster when a crime comes to light after screening (crossedOn=${crossedOn})`;
    }
  }
  return null;
}

/** Exercise 6: the 1964 exception as a reading on a copy of a crosser machine. */
export async function check(file: LoadedFile): Promise<CheckResult> {
  if (file.kind !== 'module') return failed('hand in a module (.mjs)');
  const reading = file.exports['reading'] as { default: string; clauses: string[]; options: Record<string, unknown> };
  const shape = readingHint(reading);
  if (shape) return failed(shape);
  if (!reading.clauses.includes('4b')) return failed('reading.clauses: the exception reads the clause that punishes illegal crossers');
  const alternatives = Object.keys(reading.options).filter((o) => o !== reading.default);
  if (alternatives.length !== 1) return failed('reading.options: two options, the cable as written (the default) and the 1964 exception');
  const withReading = file.exports['withReading'];
  if (typeof withReading !== 'function') return failed('export a function "withReading(option)" that returns your copy under that option');
  let asWritten: unknown, exception: unknown;
  try {
    asWritten = (withReading as (o: string) => unknown)(reading.default);
    exception = (withReading as (o: string) => unknown)(alternatives[0]!);
  } catch (error) {
    return failed(`withReading threw: ${thrown(error)}`);
  }
  if (!isMachine(asWritten) || !isMachine(exception)) return failed('withReading(option) must return a machine (createMachine(...).provide(...))');
  if (!crossers.includes(asWritten.id)) return failed(`your copy's id is "${asWritten.id}": copy a crosser machine (${crossers.join(' or ')}) and keep its id`);
  for (const m of [asWritten, exception]) {
    const untraceable = traceabilityHint(m);
    if (untraceable) return failed(untraceable);
  }
  const original = (caseMachines as Record<string, AnyStateMachine>)[asWritten.id]!;
  const both = randomWalks(original, [asWritten, exception], 300, 5, { forcedByDisaster: [true, false] });
  const notForced = randomWalks(original, [exception], 300, 6, { forcedByDisaster: [false] });
  const forced = randomWalks(original, [exception], 300, 7, { forcedByDisaster: [true] });
  try {
    const d1 = firstDifference(original, asWritten, both);
    if (d1) return failed(`under the default ("${reading.default}") your copy differs from the original: ${describeDifference(d1, ['the original', 'your copy'])}. The cable as written ignores the new fact`);
    const d2 = firstDifference(original, exception, notForced);
    if (d2) return failed(`under the exception a crosser NOT forced across by disaster is handled differently: ${describeDifference(d2, ['the original', 'your copy'])}`);
    const hint = disasterHint(exception, forced);
    if (hint) return failed(hint);
    if (!firstDifference(original, exception, forced)) return failed('under the exception nothing changes for anyone: does the copy keep forcedByDisaster in its context, and do the option\u2019s guards or updates read it?');
  } catch (error) {
    return failed(`running your copy threw: ${thrown(error)} (is every guard and action the copy names provided under both options?)`);
  }
  return passed('the exception is a reading: the cable as written is unchanged, crossers forced across by disaster are never punished under 4b, clause 3 still holds for them, and nobody else is affected');
}
