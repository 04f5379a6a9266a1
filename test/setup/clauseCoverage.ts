import { appendFileSync, mkdirSync } from 'node:fs';
import { afterAll, expect } from 'vitest';
import { caseMachines, readings } from '../../machines/index.js';
import { describeMachine } from '../../src/structure/describeMachine.js';
import { classLevel } from '../../src/engine/classLevel.js';

// Clause coverage (npm run coverage:clauses): when CLAUSE_COVERAGE names a folder, every case
// machine's `record` action and guards are wrapped, in place, to note which test took which
// transition (with its clauses) and saw which guard outcome, each with the leaf state it was in
// (the last state the case entered, or its initial leaf) and the event, so the script can credit
// the written transition — on the leaf or on a compound state around it. Off otherwise: nothing is wrapped.
const folder = process.env['CLAUSE_COVERAGE'];
const records: string[] = [];

if (folder) {
  const test = () => expect.getState().currentTestName ?? expect.getState().testPath ?? '(outside a test)';
  for (const [kind, machine] of Object.entries(caseMachines)) {
    // The initial *leaf* (`detected` inside `open`), as traces name it.
    const initial = describeMachine(machine).initial;
    const impl = machine.implementations as unknown as {
      actions: Record<string, { assignment?: (args: { context: { path: string[] }; event: { type: string } }, params: { clauses: string[]; to: string }) => unknown; wrapped?: true }>;
      guards: Record<string, (args: { context: { path: string[] }; event: { type: string } }, params: unknown) => boolean>;
    };
    const record = impl.actions['record'];
    if (record?.assignment && !record.wrapped) {
      const original = record.assignment;
      record.assignment = (args, params) => {
        // The compiled engine runs actions once per class of facts, not per case: no step to credit.
        if ((args.context as { [classLevel]?: true })[classLevel]) return original(args, params);
        const from = args.context.path.at(-1) ?? initial;
        records.push(JSON.stringify({ t: 'step', kind, test: test(), from, event: args.event.type, to: params.to, clauses: params.clauses }));
        return original(args, params);
      };
      record.wrapped = true;
    }
    for (const [name, guard] of Object.entries(impl.guards)) {
      if ((guard as { wrapped?: true }).wrapped) continue;
      const wrapped = Object.assign(
        (args: { context: { path: string[] }; event: { type: string } }, params: unknown) => {
          const result = guard(args, params);
          // The compiled engine decides guards once per class of facts, on no case's leaf: not a
          // case's step, so not credited (reading `path` here would also count as the guard's read).
          if ((args.context as { [classLevel]?: true })[classLevel]) return result;
          const from = args.context.path.at(-1) ?? initial;
          records.push(JSON.stringify({ t: 'guard', kind, test: test(), guard: name, from, event: args.event.type, result: Boolean(result) }));
          return result;
        },
        { wrapped: true as const },
      );
      impl.guards[name] = wrapped;
    }
  }
  // Readings replace guards through provide(): wrap their options' guards too (kind unknown: "*").
  for (const reading of Object.values(readings)) {
    // Some options supply only context updates (e.g. effectiveDate, punishment): no guards to wrap.
    for (const option of Object.values(reading.options) as { guards?: Record<string, (args: { context: { path: string[] }; event: { type: string } }) => boolean> }[]) {
      if (!option.guards) continue;
      for (const [name, guard] of Object.entries(option.guards)) {
        if ((guard as { wrapped?: true }).wrapped) continue;
        option.guards[name] = Object.assign(
          (args: { context: { path: string[] }; event: { type: string } }) => {
            const result = guard(args);
            if ((args.context as { [classLevel]?: true })[classLevel]) return result;
            // The kind is unknown here: `from: null` stands for "the initial leaf of its kind".
            records.push(JSON.stringify({ t: 'guard', kind: '*', test: test(), guard: name, from: args.context.path.at(-1) ?? null, event: args.event.type, result: Boolean(result) }));
            return result;
          },
          { wrapped: true as const },
        );
      }
    }
  }
  afterAll(() => {
    if (records.length === 0) return;
    mkdirSync(folder, { recursive: true });
    appendFileSync(`${folder}/${process.pid}.jsonl`, `${records.splice(0).join('\n')}\n`);
  });
}
