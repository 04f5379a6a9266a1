import type { AnyStateMachine } from 'xstate';
import { applyReadings, resolveReadings } from '../../machines/index.js';
import { InputError } from '../InputError.js';
import { caseModel } from './caseModel.js';
import { effectiveDateText } from './effectiveDateText.js';
import { escapeControls } from './escapeControls.js';
import { caseRun, DAY_MS, type CaseOptions, type CaseRun } from './openCase.js';
import { parseFacts } from './parseFacts.js';
import type { Trace } from './Trace.js';


/** True when `text` is an ISO time exactly as the case clock writes it (`toISOString`). */
const isCanonicalTime = (text: string) => {
  const ms = Date.parse(text);
  return !Number.isNaN(ms) && new Date(ms).toISOString() === text;
};

// Providing readings builds a new machine: do it once per kind and readings, not once per trace.
const machines = new Map<string, AnyStateMachine>();
function machineFor(kind: string, readings: Record<string, string>): AnyStateMachine {
  const key = `${kind}|${JSON.stringify(readings)}`;
  let machine = machines.get(key);
  if (!machine) machines.set(key, (machine = applyReadings(caseModel(kind).machine, readings)));
  return machine;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const show = (v: unknown) => (v === undefined ? 'none' : JSON.stringify(v));

/**
 * Replays a shape-checked trace through its machine — with the trace's own facts, readings and
 * start, each event sent after the recorded gap — and requires the replay to reproduce every
 * recorded step (states, actor, clauses, time to the millisecond) and the end (state, status,
 * outcome, basis, punishment), none dated before the effective date its readings give. So a trace with an unknown state, event or clause, a broken from/to chain, a
 * transition the machine does not make, or facts that contradict its path is refused: an
 * InputError prefixed with `where` naming the first thing that disagrees. Returns the replayed
 * case, ready for more events (`options` as for `openCase`), so a restore can go on from the
 * trace itself rather than trust a saved snapshot. Step descriptions are not compared: they are
 * prose, which may be reworded between versions.
 */
export function replayTrace(trace: Trace, where: string, options: CaseOptions = {}): CaseRun {
  const fail = (what: string): never => {
    // Messages from the machine and the fact parser quote the trace's text: keep them one line.
    throw new InputError(escapeControls(`${where}: ${what}`));
  };
  const model = caseModel(trace.kind);
  for (const name of Object.keys(model.facts)) if (!Object.hasOwn(trace.input, name)) fail(`input lacks the fact "${name}"`);
  for (const name of Object.keys(trace.input)) if (!Object.hasOwn(model.facts, name)) fail(`input has an unknown fact ${show(name)}`);
  if (trace.input['caseId'] !== trace.caseId) fail(`caseId ${show(trace.caseId)} differs from input.caseId ${show(trace.input['caseId'])}`);
  if (!isCanonicalTime(trace.start)) fail(`"start" must be an ISO time in UTC as the case clock writes it (YYYY-MM-DDTHH:MM:SS.sssZ); got ${show(trace.start)}`);

  let input: Record<string, string | boolean>;
  let readings: Record<string, string>;
  try {
    input = parseFacts(trace.kind, model.facts, trace.input);
    readings = resolveReadings(trace.readings);
  } catch (error) {
    return fail((error as Error).message);
  }
  // Design §6.10: no step before the effective date of the trace's own readings. The start too:
  // a case is handled from the effective date at the earliest, and a restored case goes on from it.
  const effective = effectiveDateText(readings);
  const effectiveMs = Date.parse(`${effective.date}T00:00:00.000Z`);
  if (Date.parse(trace.start) < effectiveMs) fail(`"start" ${trace.start} is before the ${effective.text}; no step of a case may be dated earlier`);
  const run = caseRun(model, { machine: machineFor(trace.kind, readings), input, readings, start: trace.start, steps: [] }, options);

  let previous = Date.parse(trace.start);
  trace.steps.forEach((recorded, i) => {
    const at = `steps[${i}]`;
    if (recorded.index !== i + 1) fail(`${at}.index is ${show(recorded.index)}, expected ${i + 1}`);
    if (recorded.from !== run.state) fail(`${at} starts in ${show(recorded.from)} but the case is in "${run.state}" there`);
    if (!isCanonicalTime(recorded.time)) fail(`${at}.time must be an ISO time in UTC (YYYY-MM-DDTHH:MM:SS.sssZ); got ${show(recorded.time)}`);
    const time = Date.parse(recorded.time);
    if (time < effectiveMs) fail(`${at}.time ${recorded.time} is before the ${effective.text}; no step of a case may be dated earlier`);
    const state = run.state;
    let step;
    try {
      step = run.send(recorded.event, (time - previous) / DAY_MS);
    } catch (error) {
      return fail(`${at}: ${(error as Error).message}`);
    }
    // A lenient run ignores what the state does not accept; a replay must not.
    if (step === null) return fail(`${at}: event ${show(recorded.event)} is not accepted in state "${state}"`);
    previous = time;
    const move = (s: { from: string; to: string }) => `${show(s.from)} → ${show(s.to)}`;
    if (step.to !== recorded.to) fail(`${at} (${recorded.event}) goes ${move(recorded)} but with these facts and readings the machine goes ${move(step)}`);
    if (recorded.actor !== step.actor) fail(`${at}.actor is ${show(recorded.actor)} but the event "${recorded.event}" is ${show(step.actor)}'s`);
    if (!same(recorded.clauses, step.clauses)) fail(`${at}.clauses are ${show(recorded.clauses)} but the transition cites ${show(step.clauses)}`);
    // Exact: the clock rounds each step to the millisecond, and the gap sent is the recorded one.
    if (step.time !== recorded.time) fail(`${at}.time ${recorded.time} does not follow from the start and the gaps (replayed: ${step.time})`);
    return undefined;
  });

  const replayed = run.trace();
  for (const key of ['state', 'status', 'outcome', 'basis', 'punishment'] as const) {
    if (!same(trace[key], replayed[key])) fail(`"${key}" is ${show(trace[key])} but replaying the steps gives ${show(replayed[key])}`);
  }
  return run;
}
