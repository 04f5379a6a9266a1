import { isDeepStrictEqual } from 'node:util';
import type { AnyMachineSnapshot } from 'xstate';
import { InputError } from '../InputError.js';
import { caseModel } from './caseModel.js';
import { caseRun, caseSetup, type CaseOptions, type CaseRun } from './openCase.js';
import { checkFact } from './parseFacts.js';
import { persistedCaseFormat } from './persistCase.js';
import { disagreement, replayCase } from './replayCase.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Restores a case saved by `persistCase` (the parsed JSON), validating it first: the format tag,
 * the kind, the facts, the trace, and the snapshot through `machine.resolveState`; then the trace
 * is replayed through the machine from the start (`replayCase`) and the save is accepted only if
 * every step and the whole snapshot (state, status, context: basis, path, punishment …) come out
 * as saved. A corrupt or foreign save is an InputError that says what is wrong — never an actor
 * silently in error, never a case the cable forbids.
 * `where` names the source (a file name) in messages.
 */
export function restoreCase(data: unknown, options: Omit<CaseOptions, 'readings' | 'startDate'> = {}, where = 'snapshot'): CaseRun {
  const fail = (what: string): never => {
    throw new InputError(`${where}: ${what}`);
  };
  if (!isRecord(data)) return fail('not a saved case (expected a JSON object)');
  if (data['format'] !== persistedCaseFormat) {
    return fail(`not a saved cable1957 case (format is ${JSON.stringify(data['format'])}, expected "${persistedCaseFormat}")`);
  }
  const kind = data['kind'];
  if (typeof kind !== 'string') return fail('"kind" must be a string');
  let model;
  try {
    model = caseModel(kind);
  } catch (error) {
    return fail((error as Error).message);
  }
  const trace = data['trace'];
  const snapshot = data['snapshot'];
  if (!isRecord(trace)) return fail('"trace" must be an object');
  if (!isRecord(snapshot)) return fail('"snapshot" must be an object');
  if (!isRecord(trace['input'])) return fail('"trace.input" must be an object');
  const given = trace['input'];
  const stranger = Object.keys(given).find((name) => !Object.hasOwn(model.facts, name));
  if (stranger !== undefined) return fail(`trace.input: unknown fact "${stranger}"; the facts are: ${Object.keys(model.facts).join(', ')}`);
  const input: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(model.facts)) {
    try {
      input[name] = checkFact(kind, name, spec, given[name]);
    } catch (error) {
      return fail(`trace.input: ${(error as Error).message}`);
    }
  }
  if (!Array.isArray(trace['steps'])) return fail('"trace.steps" must be an array');
  const steps: unknown[] = trace['steps'];
  steps.forEach((s, i) => {
    if (!isRecord(s) || typeof s['event'] !== 'string' || typeof s['time'] !== 'string' || Number.isNaN(Date.parse(s['time']))) {
      fail(`trace.steps[${i}] is not a step (needs an event and an ISO time)`);
    }
  });
  if (typeof trace['start'] !== 'string' || Number.isNaN(Date.parse(trace['start']))) return fail('"trace.start" must be an ISO time');
  const start = trace['start'];
  if (trace['readings'] !== undefined && !isRecord(trace['readings'])) return fail('"trace.readings" must be an object of readings by name');
  const { readings, machine } = (() => {
    try {
      return caseSetup(model, input, { readings: isRecord(trace['readings']) ? (trace['readings'] as Record<string, string>) : {} });
    } catch (error) {
      return fail(`trace.readings: ${(error as Error).message}`);
    }
  })();
  if (snapshot['status'] !== 'active' && snapshot['status'] !== 'done') {
    return fail(`snapshot.status must be "active" or "done"; got ${JSON.stringify(snapshot['status'])}`);
  }
  const context = snapshot['context'];
  if (!isRecord(context)) return fail('snapshot.context must be an object');
  for (const name of Object.keys(model.facts)) {
    if (context[name] !== input[name]) {
      return fail(`snapshot.context.${name} is ${JSON.stringify(context[name])} but the trace's facts say ${JSON.stringify(input[name])}`);
    }
  }
  let resolved: AnyMachineSnapshot;
  try {
    // Validate before any actor exists: XState would otherwise start one in status "error".
    resolved = machine.resolveState({ value: snapshot['value'] as never, context });
  } catch (error) {
    return fail(`the snapshot does not fit the ${kind} machine: ${(error as Error).message}`);
  }
  const value = String(resolved.value);
  const final = model.description.states.find((s) => s.name === value)?.final === true;
  if (final !== (snapshot['status'] === 'done')) {
    return fail(`snapshot.status "${String(snapshot['status'])}" does not fit state "${value}" (${final ? 'final' : 'not final'})`);
  }
  if (trace['state'] !== undefined && trace['state'] !== value) {
    return fail(`the trace ends in "${String(trace['state'])}" but the snapshot is in "${value}"`);
  }
  const last = steps.at(-1) as Record<string, unknown> | undefined;
  if (last && last['to'] !== value) return fail(`the last step goes to "${String(last['to'])}" but the snapshot is in "${value}"`);

  // The save is only a claim: replay its events from the start and accept it only if the machine
  // reproduces every step and the snapshot. An edited save cannot restore a case the cable forbids.
  const replay = replayCase(model, { machine, input, readings, start }, steps, where);
  if (replay.state !== value) return fail(`the saved snapshot is in "${value}" but replaying the trace ends in "${replay.state}"`);
  const replayed = replay.persistedSnapshot() as Record<string, unknown>;
  const replayedContext = replayed['context'] as Record<string, unknown>;
  for (const key of new Set([...Object.keys(replayedContext), ...Object.keys(context)])) {
    if (!isDeepStrictEqual(context[key], replayedContext[key])) {
      return fail(disagreement('the saved snapshot', key, context[key], replayedContext[key]));
    }
  }
  // `value` may be written in XState's object notation ({"refused": {}}): compared resolved, above.
  for (const key of new Set([...Object.keys(replayed), ...Object.keys(snapshot)])) {
    if (key === 'value' || key === 'context') continue;
    if (!isDeepStrictEqual(snapshot[key], replayed[key])) {
      return fail(disagreement('the saved snapshot', key, snapshot[key], replayed[key]));
    }
  }
  const replayedTrace = replay.trace() as unknown as Record<string, unknown>;
  for (const key of ['kind', 'caseId', 'status', 'outcome', 'basis', 'punishment'] as const) {
    if (key in trace && !isDeepStrictEqual(trace[key], replayedTrace[key])) {
      return fail(disagreement('the saved trace', key, trace[key], replayedTrace[key]));
    }
  }
  // Resume from the replay (its snapshot equals the saved one), with the caller's options.
  const run = caseRun(
    model,
    { machine, snapshot: replayed as unknown as AnyMachineSnapshot, input, readings, start, steps: [...replay.trace().steps] },
    options,
  );
  if (run.state !== value) return fail(`restoring gave state "${run.state}" instead of "${value}"`);
  return run;
}
