import { caseFacts, caseMachines, precedence } from '../../../machines/index.js';
import { verifyMachine, type MachineVerification } from '../../verify/verifyMachine.js';
import type { CliIO } from '../io.js';
import { oneOf, parseCommandArgs } from '../parseCommandArgs.js';

const help = `Usage: cable1957 verify [--format text|json]

Verifies every machine exhaustively, beyond sampling: over all combinations of its facts
(booleans both ways, dates on either side of the cable's date) and of the readings, and every
event, it checks that every (leaf) state is reachable, every transition taken (one written on a
compound state counts once), every guard seen true and false; lists every simple path to an outcome with its clause basis; and checks each decision
for gaps (an event silently ignored) and overlaps (two guarded alternatives at once), which must
be settled by a precedence declared in machines/precedence.ts. Exit code 1 if anything is wrong.
`;

const pct = (a: number, b: number) => `${a}/${b}`;

/** `cable1957 verify`: exhaustive exploration, decision tables and precedence, per machine. */
export function verifyCommand(args: readonly string[], io: CliIO): number {
  const { values } = parseCommandArgs('verify', args, { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.out(help);
    return 0;
  }
  const format = oneOf('verify', 'format', values.format, ['text', 'json'] as const);
  const results: Record<string, MachineVerification> = {};
  for (const [kind, machine] of Object.entries(caseMachines)) {
    results[kind] = verifyMachine(machine, caseFacts[kind as keyof typeof caseFacts], precedence.filter((p) => p.kind === kind));
  }
  const problems = Object.entries(results).flatMap(([kind, r]) => r.problems.map((p) => `${kind}: ${p}`));
  if (format === 'json') io.out(`${JSON.stringify({ results, problems }, null, 2)}\n`);
  else {
    const lines: string[] = [];
    for (const [kind, r] of Object.entries(results)) {
      lines.push(
        `${kind} — ${r.situations} situations (facts × readings): states ${pct(r.states.reached, r.states.total)}${r.states.compound.length ? ` (leaves, in compound ${r.states.compound.join(', ')})` : ''}, transitions ${pct(r.transitions.taken, r.transitions.total)}${r.states.compound.length ? ' (as written)' : ''}, guard outcomes ${pct(r.guardOutcomes.seen, r.guardOutcomes.total)}`,
        `  simple paths to an outcome (${r.paths.length}):`,
        ...r.paths.map((p) => `    ${p.path}   via ${p.events.join(", ")}   [${p.basis.join(" ")}]   in ${p.situations} situations`),
      );
      if (r.decisions.length) lines.push('  decisions:', ...r.decisions.map((f) => `    ${f.message}`));
      lines.push(...r.problems.map((p) => `  PROBLEM: ${p}`), '');
    }
    lines.push(problems.length === 0 ? 'verified: every state reachable, every transition taken, every guard both ways, no gap, every overlap declared' : `${problems.length} problem(s)`);
    io.out(`${lines.join('\n')}\n`);
  }
  return problems.length === 0 ? 0 : 1;
}
