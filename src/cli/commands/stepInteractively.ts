import { createInterface } from 'node:readline';
import { transition, type AnyStateMachine, type StateValue } from 'xstate';
import { applyReadings, cable } from '../../../machines/index.js';
import { caseModel } from '../../case/caseModel.js';
import type { CaseRun } from '../../case/openCase.js';
import { parseEventText } from '../../case/runCase.js';
import { InputError } from '../../InputError.js';
import { leafName } from '../../structure/machineStructure.js';
import type { CliIO } from '../io.js';
import { wrapToTerminal } from '../wrapToTerminal.js';
import { escapeControls } from '../../case/escapeControls.js';

/** Lines typed by the user: standard input by default, anything async-iterable in tests. */
export type LineSource = AsyncIterable<string>;

/** Options of the stepper. */
export interface StepOptions {
  /** Columns to wrap at, between words; 0 leaves lines whole. @defaultValue the terminal's width, or 0 when output is not a terminal */
  readonly width?: number;
}

/** What an event accepted now will do for this case: the one branch whose guards pass. */
interface Branch {
  readonly event: string;
  readonly to: string;
  readonly clauses: readonly string[];
  readonly description: string;
}

const clauseTitles = (ids: readonly string[]) =>
  ids.map((id) => `${id} ${cable.clauses.find((c) => c.id === id)?.title ?? ''}`.trim()).join('; ');

// Facts are typed by the user: show control characters (terminal escapes) as code points.
const visible = (value: unknown) => escapeControls(String(value));

/**
 * For each event accepted now, the branch that will run for this very case, found by evaluating
 * the guards on the current snapshot (XState's pure `getTransitionData` and `transition`), not the
 * first branch the chart lists for the event: a crosser without a crime must not read "a crime is
 * found" next to the event that will persuade them to return.
 */
function branchesNow(run: CaseRun, machine: AnyStateMachine): Branch[] {
  const persisted = run.persistedSnapshot() as { value: StateValue; context: Record<string, unknown> };
  const snapshot = machine.resolveState({ value: persisted.value, context: persisted.context });
  return run.accepted().map((event) => {
    const [taken] = machine.getTransitionData(snapshot, { type: event }) as { description?: string; meta?: { clauses?: string[] } }[];
    const [next] = transition(machine, snapshot, { type: event });
    return { event, to: leafName(next.value), clauses: taken?.meta?.clauses ?? [], description: taken?.description ?? '' };
  });
}

/**
 * The teaching stepper: shows the case's facts, then the current state with its description and
 * clauses, and the events accepted now, numbered, each with what it will do for this case; the
 * user picks one (number or name, `name@days` to set the gap) until the case is final, they end
 * a settled case with 0, type q, or input ends. A wrong entry gets one line, not the state again.
 */
export async function stepInteractively(run: CaseRun, io: CliIO, lines?: LineSource, options: StepOptions = {}): Promise<void> {
  const model = caseModel(run.kind);
  const trace = run.trace();
  const machine = applyReadings(model.machine, trace.readings);
  const say = (text: string) => io.out(wrapToTerminal(text, io, options.width));
  const source = lines ?? createInterface({ input: process.stdin, terminal: false });
  const input = source[Symbol.asyncIterator]();

  const facts = Object.entries(trace.input)
    .filter(([k]) => k !== 'caseId')
    .map(([k, v]) => `${k}=${visible(v)}`)
    .join(', ');
  say(`Stepping a ${run.kind} case. Type a number or an event name (name@days sets the days since the last step); q stops.\n`);
  say(`Facts: ${facts || 'none'} (case ${visible(trace.caseId)})\n`);
  let branches: Branch[] = [];
  let showState = true;
  for (;;) {
    if (showState) {
      const state = model.description.states.find((s) => s.name === run.state);
      say(`\nState: ${run.state} — ${state?.description ?? ''}\n  clauses: ${clauseTitles(state?.clauses ?? [])}\n`);
      if (run.status === 'final') {
        say('  (final: the case is over)\n');
        break;
      }
      branches = branchesNow(run, machine);
      say('Events accepted now, and what each does for this case:\n');
      branches.forEach((b, i) => {
        const clauses = b.clauses.length > 0 ? ` (${b.clauses.join(', ')})` : '';
        say(`  ${i + 1}) ${b.event} → ${b.to}${clauses}${b.description ? ` — ${b.description}` : ''}\n`);
      });
      if (run.status === 'settled') say(`  0) end the run here: "${run.state}" is a settled outcome\n`);
      showState = false;
    }
    io.out('choose> ');
    const next = await input.next();
    if (next.done) {
      io.out('\n(end of input)\n');
      break;
    }
    const answer = String(next.value).trim();
    if (answer === 'q' || answer === 'quit') break;
    const numbers = branches.length === 1 ? '1' : `1–${branches.length}`;
    if (answer === '0') {
      if (run.status === 'settled') break;
      say(`0 ends only a settled case, and "${run.state}" is still open: type ${numbers}, an event name, or q\n`);
      continue;
    }
    let chosen: { type: string; afterDays?: number };
    try {
      chosen = parseEventText(answer);
    } catch (error) {
      say(`${(error as Error).message}\n`);
      continue;
    }
    const accepted = branches.map((b) => b.event);
    const named = (events: readonly string[]) => events.find((e) => e === chosen.type || e.endsWith(`.${chosen.type}`));
    const byNumber = /^\d+$/.test(chosen.type) ? accepted[Number(chosen.type) - 1] : undefined;
    const type = byNumber ?? named(accepted);
    if (!type) {
      const elsewhere = /^\d+$/.test(chosen.type) ? undefined : named(model.events);
      say(
        elsewhere
          ? `"${elsewhere}" is not accepted in "${run.state}"; accepted events now: ${accepted.join(', ')}\n`
          : `not a choice: "${visible(answer)}" — type ${numbers}, an event name, or q\n`,
      );
      continue;
    }
    try {
      const step = run.send(type, chosen.afterDays);
      if (step) say(`→ ${step.time.slice(0, 10)} ${step.event}: ${step.from} → ${step.to} (clauses ${step.clauses.join(', ')})\n`);
      showState = true;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      say(`${error.message}\n`);
    }
  }
  io.out('\n');
}
