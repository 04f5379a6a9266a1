import type { AnyStateMachine } from 'xstate';
import { caseMachines } from '../../../../machines/index.js';
import type { CheckResult, LoadedFile } from '../../../../src/exercise/Exercise.js';
import { isMachine } from '../support/isMachine.js';
import { failed, passed, thrown } from '../support/failed.js';
import { describeDifference, firstDifference } from '../support/firstDifference.js';
import { randomWalks } from '../support/randomWalks.js';
import { readingHint } from '../support/readingHint.js';
import { traceabilityHint } from '../support/traceabilityHint.js';


/** Exercise 5: a well-formed reading on a traceable copy; the default changes nothing, an alternative changes something. */
export async function check(file: LoadedFile): Promise<CheckResult> {
  if (file.kind !== 'module') return failed('hand in a module (.mjs)');
  const reading = file.exports['reading'] as { default: string; options: Record<string, unknown> };
  const shape = readingHint(reading);
  if (shape) return failed(shape);
  const withReading = file.exports['withReading'];
  if (typeof withReading !== 'function') return failed('export a function "withReading(option)" that returns your copy under that option');
  const copies: Record<string, AnyStateMachine> = {};
  for (const option of Object.keys(reading.options)) {
    let m: unknown;
    try {
      m = (withReading as (o: string) => unknown)(option);
    } catch (error) {
      return failed(`withReading("${option}") threw: ${thrown(error)}`);
    }
    if (!isMachine(m)) return failed(`withReading("${option}") must return a machine (createMachine(...).provide(...))`);
    const untraceable = traceabilityHint(m);
    if (untraceable) return failed(`under ${option}: ${untraceable}`);
    copies[option] = m;
  }
  const base = copies[reading.default]!;
  const original = (caseMachines as Record<string, AnyStateMachine>)[base.id];
  if (!original) return failed(`your copy's id is "${base.id}": keep the id of the machine you copied (${Object.keys(caseMachines).join(', ')})`);
  const walks = randomWalks(original, Object.values(copies), 400, 4);
  try {
    const changed = firstDifference(original, base, walks);
    if (changed) return failed(`under your default option "${reading.default}" the copy behaves differently from the original: ${describeDifference(changed, ['the original', 'your copy'])}. The default should keep the model as it is`);
    for (const [option, copy] of Object.entries(copies)) {
      if (option === reading.default) continue;
      const d = firstDifference(original, copy, walks);
      if (d) return passed(`a traceable reading whose default keeps the model. Under "${option}": ${describeDifference(d, ['the original', 'your copy'])}`);
    }
  } catch (error) {
    return failed(`running your copy threw: ${thrown(error)} (is every guard your copy names provided under every option?)`);
  }
  return failed('no option of your reading changes any of 400 random cases: does the copy have the transition or guard your options supply, and do the options supply different implementations?');
}
