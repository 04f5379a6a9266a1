import { isDeepStrictEqual } from 'node:util';
import { InputError } from '../InputError.js';
import { leafName } from '../structure/machineStructure.js';
import { checkContentDigest } from '../io/contentDigest.js';
import { caseModel } from './caseModel.js';
import { checkTrace } from './checkTrace.js';
import { escapeControls } from './escapeControls.js';
import type { CaseOptions, CaseRun } from './openCase.js';
import { persistedCaseFormat } from './persistCase.js';
import { replayTrace } from './replayTrace.js';
import { isRecord } from '../io/isRecord.js';


const show = (value: unknown): string => {
  if (Array.isArray(value) && value.every((x) => typeof x === 'string')) return `[${value.join(', ')}]`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** How a saved snapshot field disagrees with the replay: `says basis [9z, 1b] but replaying the trace gives [1a, 1b]`. */
function disagreement(key: string, saved: unknown, replayed: unknown): string {
  if (saved === undefined) return `the saved snapshot has no ${key} but replaying the trace gives ${show(replayed)}`;
  if (replayed === undefined) return `the saved snapshot has ${key} ${show(saved)}, which replaying the trace does not give`;
  return `the saved snapshot says ${key} ${show(saved)} but replaying the trace gives ${show(replayed)}`;
}

/**
 * Restores a case saved by `persistCase` (the parsed JSON). Its digest must match its content
 * (`contentDigest`: catches edits and corruption, not a forger). The save is only a claim: its trace is
 * shape-checked (`checkTrace`) and replayed through the machine from the start (`replayTrace`,
 * which checks facts, start, every step and the end), and the save is accepted only if the
 * replay's snapshot is the saved one — state (resolved, so XState's object notation is fine),
 * status, the whole context (basis, path, punishment …) and any other key. The case then goes on
 * from the replay, with `options`. A corrupt or foreign save is a one-line InputError naming what
 * disagrees — never an actor silently in error, never a case the cable forbids.
 * `where` names the source (a file name) in messages.
 */
export function restoreCase(data: unknown, options: Omit<CaseOptions, 'readings' | 'startDate'> = {}, where = 'snapshot'): CaseRun {
  const fail = (what: string): never => {
    // Messages from the machine quote the save's text: keep them one line.
    throw new InputError(escapeControls(`${where}: ${what}`));
  };
  if (!isRecord(data)) return fail('not a saved case (expected a JSON object)');
  if (data['format'] !== persistedCaseFormat) {
    return fail(`not a saved cable1957 case (format is ${JSON.stringify(data['format'])}, expected "${persistedCaseFormat}")`);
  }
  // First: an edit the replay cannot see (readings under which the steps replay the same) is
  // caught only here. The checks below still guard against a digest recomputed after an edit.
  checkContentDigest(data, where, 'the save');
  const kind = data['kind'];
  if (typeof kind !== 'string') return fail('"kind" must be a string');
  let model;
  try {
    model = caseModel(kind);
  } catch (error) {
    return fail((error as Error).message);
  }
  const snapshot = data['snapshot'];
  if (!isRecord(snapshot)) return fail('"snapshot" must be an object');
  const context = snapshot['context'];
  if (!isRecord(context)) return fail('snapshot.context must be an object');
  const trace = checkTrace(data['trace'], `${where}: trace`);
  if (trace.kind !== kind) return fail(`the save is of kind "${kind}" but its trace is a ${trace.kind} case`);

  const run = replayTrace(trace, `${where}: trace`, options);
  const replayed = run.persistedSnapshot() as Record<string, unknown>;
  try {
    // Resolved, not compared as written: `{"refused": {}}` is XState's object notation for "refused".
    // Traces name the leaf; the snapshot keeps XState's value (`{ open: 'mobilized' }`).
    const value = leafName(model.machine.resolveState({ value: snapshot['value'] as never, context }).value);
    if (value !== run.state) fail(`the saved snapshot is in "${value}" but replaying the trace ends in "${run.state}"`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    return fail(`the snapshot does not fit the ${kind} machine: ${(error as Error).message}`);
  }
  const replayedContext = replayed['context'] as Record<string, unknown>;
  for (const key of new Set([...Object.keys(replayedContext), ...Object.keys(context)])) {
    if (!isDeepStrictEqual(context[key], replayedContext[key])) fail(disagreement(key, context[key], replayedContext[key]));
  }
  for (const key of new Set([...Object.keys(replayed), ...Object.keys(snapshot)])) {
    if (key === 'value' || key === 'context') continue;
    if (!isDeepStrictEqual(snapshot[key], replayed[key])) fail(disagreement(key, snapshot[key], replayed[key]));
  }
  return run;
}
