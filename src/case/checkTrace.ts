import { InputError } from '../InputError.js';
import { caseModel } from './caseModel.js';
import { escapeControls } from './escapeControls.js';
import type { Trace } from './Trace.js';
import { isRecord } from '../io/isRecord.js';


/**
 * Checks that a parsed value is a trace (as `runCase` or `cable1957 case --format json` makes
 * them) before it goes into an event log or a saved case is restored: a known kind, a case id,
 * facts, readings, and steps with ISO times that never go backwards. Only the shape:
 * `replayTrace` checks it against the machine. `where` (file:line) prefixes every error.
 */
export function checkTrace(value: unknown, where: string): Trace {
  const fail = (what: string): never => {
    throw new InputError(escapeControls(`${where}: ${what}`));
  };
  if (!isRecord(value)) return fail('not a trace (expected a JSON object)');
  if (typeof value['kind'] !== 'string') return fail('"kind" must be a string');
  try {
    caseModel(value['kind']);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (typeof value['caseId'] !== 'string' || value['caseId'] === '') return fail('"caseId" must be a non-empty string');
  if (!isRecord(value['input'])) return fail('"input" must be an object');
  const readings = value['readings'];
  if (!isRecord(readings) || !Object.values(readings).every((o) => typeof o === 'string')) return fail('"readings" must be an object of reading names and options');
  if (typeof value['start'] !== 'string' || Number.isNaN(Date.parse(value['start']))) return fail('"start" must be an ISO time');
  if (!Array.isArray(value['steps'])) return fail('"steps" must be an array');
  let previous = Date.parse(value['start']);
  value['steps'].forEach((s: unknown, i) => {
    const at = `steps[${i}]`;
    if (!isRecord(s)) return fail(`${at} must be an object`);
    for (const key of ['event', 'actor', 'from', 'to', 'time'] as const) {
      if (typeof s[key] !== 'string') fail(`${at}.${key} must be a string`);
    }
    if (!Array.isArray(s['clauses']) || !s['clauses'].every((c) => typeof c === 'string')) fail(`${at}.clauses must be a list of clause ids`);
    const time = Date.parse(String(s['time']));
    if (Number.isNaN(time)) fail(`${at}.time is not an ISO time: ${JSON.stringify(s['time'])}`);
    if (time < previous) fail(`${at}.time ${JSON.stringify(s['time'])} is earlier than ${i === 0 ? `the start ${JSON.stringify(value['start'])}` : 'the step before'}`);
    previous = time;
    return undefined;
  });
  return value as unknown as Trace;
}
