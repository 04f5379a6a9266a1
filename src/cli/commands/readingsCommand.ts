import { fixedChoices, readings, type Reading } from '../../../machines/index.js';
import type { CliIO } from '../io.js';
import { parseCommandArgs } from '../parseCommandArgs.js';

const help = `Usage: cable1957 readings

Lists every reading (interpretation of an ambiguous passage) the model makes: the clauses it
reads, its default, its alternatives and why the default reads the text that way. Then every
fixed choice: an ambiguity the model settles one way without offering a switch, and why.
Select readings with --readings name=option on simulate, case, inspect, verify.
`;

/** `cable1957 readings`: every reading with its clauses, default, options and reason; then the fixed choices. */
export function readingsCommand(args: readonly string[], io: CliIO): number {
  const { values } = parseCommandArgs('readings', args, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.out(help);
    return 0;
  }
  const lines: string[] = [];
  for (const [id, r] of Object.entries(readings) as [string, Reading][]) {
    lines.push(`${id}  (clauses ${r.clauses.join(', ')})`, `  ${r.question}`);
    for (const [name, option] of Object.entries(r.options)) {
      lines.push(`  ${name === r.default ? '*' : ' '} ${name}: ${option.description}`);
    }
    lines.push(`  why the default: ${r.why}`, '');
  }
  lines.push('(* = default)', '', 'Fixed choices (not switchable; each says why):', '');
  for (const c of fixedChoices) {
    lines.push(`${c.id}  (clauses ${c.clauses.join(', ')})`, `  ${c.question}`, `  choice: ${c.choice}`, `  why: ${c.why}`, '');
  }
  io.out(lines.join('\n'));
  return 0;
}
