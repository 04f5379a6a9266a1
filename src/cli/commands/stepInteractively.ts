import { createInterface } from 'node:readline';
import { cable } from '../../../machines/index.js';
import { caseModel } from '../../case/caseModel.js';
import type { CaseRun } from '../../case/openCase.js';
import { parseEventText } from '../../case/runCase.js';
import { InputError } from '../../InputError.js';
import { transitionsIn } from '../../structure/machineStructure.js';
import type { CliIO } from '../io.js';

/** Lines typed by the user: standard input by default, anything async-iterable in tests. */
export type LineSource = AsyncIterable<string>;

const clauseTitles = (ids: readonly string[]) =>
  ids.map((id) => `${id} ${cable.clauses.find((c) => c.id === id)?.title ?? ''}`.trim()).join('; ');

/**
 * The teaching stepper: shows the current state with its description and clauses, and the
 * events accepted now, numbered; the user picks one (number or name, `name@days` to set the
 * gap) until the case is final, they end a settled case with 0, type q, or input ends.
 */
export async function stepInteractively(run: CaseRun, io: CliIO, lines?: LineSource): Promise<void> {
  const model = caseModel(run.kind);
  const source = lines ?? createInterface({ input: process.stdin, terminal: false });
  const input = source[Symbol.asyncIterator]();
  io.out(`Stepping a ${run.kind} case. Type a number or an event name (name@days sets the days since the last step); q stops.\n`);
  for (;;) {
    const state = model.description.states.find((s) => s.name === run.state);
    io.out(`\nState: ${run.state} — ${state?.description ?? ''}\n  clauses: ${clauseTitles(state?.clauses ?? [])}\n`);
    if (run.status === 'final') {
      io.out('  (final: the case is over)\n');
      break;
    }
    const accepted = run.accepted();
    io.out('Events accepted now:\n');
    accepted.forEach((event, i) => {
      const t = transitionsIn(model.description, run.state).find((x) => x.event === event);
      io.out(`  ${i + 1}) ${event}${t ? `  — ${t.description}` : ''}\n`);
    });
    if (run.status === 'settled') io.out(`  0) end the run here: "${run.state}" is a settled outcome\n`);
    io.out('choose> ');
    const next = await input.next();
    if (next.done) {
      io.out('\n(end of input)\n');
      break;
    }
    const answer = String(next.value).trim();
    if (answer === 'q' || answer === 'quit') break;
    if (answer === '0' && run.status === 'settled') break;
    let chosen: { type: string; afterDays?: number };
    try {
      chosen = parseEventText(answer);
    } catch (error) {
      io.out(`${(error as Error).message}\n`);
      continue;
    }
    const byNumber = /^\d+$/.test(chosen.type) ? accepted[Number(chosen.type) - 1] : undefined;
    const type = byNumber ?? accepted.find((e) => e === chosen.type || e.endsWith(`.${chosen.type}`));
    if (!type) {
      io.out(`not a choice: "${answer}" — type a number from the list, an event name, or q\n`);
      continue;
    }
    try {
      const step = run.send(type, chosen.afterDays);
      if (step) io.out(`→ ${step.time.slice(0, 10)} ${step.event}: ${step.from} → ${step.to} (clauses ${step.clauses.join(', ')})\n`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.out(`${error.message}\n`);
    }
  }
  io.out('\n');
}
