import type { AnyMachineSnapshot } from 'xstate';
import { InputError } from '../InputError.js';
import { leafName } from '../structure/machineStructure.js';
import { caseModel } from './caseModel.js';
import { caseRun, caseSetup, type CaseOptions, type CaseRun } from './openCase.js';
import { checkFact } from './parseFacts.js';
import { persistedCaseFormat } from './persistCase.js';
import type { TraceStep } from './Trace.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Restores a case saved by `persistCase` (the parsed JSON), validating it first: the format tag,
 * the kind, the facts, the trace, and the snapshot through `machine.resolveState`. A corrupt or
 * foreign snapshot is an InputError that says what is wrong — never an actor silently in error.
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
  const input: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(model.facts)) {
    try {
      input[name] = checkFact(kind, name, spec, trace['input'][name]);
    } catch (error) {
      return fail(`trace.input: ${(error as Error).message}`);
    }
  }
  if (!Array.isArray(trace['steps'])) return fail('"trace.steps" must be an array');
  const steps = trace['steps'] as TraceStep[];
  steps.forEach((s, i) => {
    if (!isRecord(s) || typeof s.event !== 'string' || typeof s.time !== 'string' || Number.isNaN(Date.parse(s.time))) {
      fail(`trace.steps[${i}] is not a step (needs an event and an ISO time)`);
    }
  });
  if (typeof trace['start'] !== 'string' || Number.isNaN(Date.parse(trace['start']))) return fail('"trace.start" must be an ISO time');
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
  if (!isRecord(snapshot['context'])) return fail('snapshot.context must be an object');
  for (const name of Object.keys(model.facts)) {
    if (snapshot['context'][name] !== input[name]) {
      return fail(`snapshot.context.${name} is ${JSON.stringify(snapshot['context'][name])} but the trace's facts say ${JSON.stringify(input[name])}`);
    }
  }
  let resolved: AnyMachineSnapshot;
  try {
    // Validate before any actor exists: XState would otherwise start one in status "error".
    resolved = machine.resolveState({ value: snapshot['value'] as never, context: snapshot['context'] });
  } catch (error) {
    return fail(`the snapshot does not fit the ${kind} machine: ${(error as Error).message}`);
  }
  // The snapshot keeps XState's value (`{ open: 'mobilized' }`); traces name the leaf.
  const value = leafName(resolved.value);
  const final = model.description.states.find((s) => s.name === value)?.final === true;
  if (final !== (snapshot['status'] === 'done')) {
    return fail(`snapshot.status "${String(snapshot['status'])}" does not fit state "${value}" (${final ? 'final' : 'not final'})`);
  }
  if (trace['state'] !== undefined && trace['state'] !== value) {
    return fail(`the trace ends in "${String(trace['state'])}" but the snapshot is in "${value}"`);
  }
  const last = steps.at(-1);
  if (last && last.to !== value) return fail(`the last step goes to "${last.to}" but the snapshot is in "${value}"`);
  const run = caseRun(
    model,
    { machine, snapshot: snapshot as unknown as AnyMachineSnapshot, input, readings, start: trace['start'], steps },
    options,
  );
  if (run.state !== value) return fail(`restoring gave state "${run.state}" instead of "${value}"`);
  return run;
}
