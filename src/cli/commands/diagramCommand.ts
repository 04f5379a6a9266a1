import { caseKindNames, caseModel } from '../../case/caseModel.js';
import { InputError } from '../../InputError.js';
import { dotDiagram } from '../../diagram/dotDiagram.js';
import { mermaidDiagram } from '../../diagram/mermaidDiagram.js';
import { svgDiagram } from '../../diagram/svgDiagram.js';
import { emit } from '../emit.js';
import { checkOutPath } from '../checkOutPath.js';
import type { CliIO } from '../io.js';
import { oneOf, parseCommandArgs } from '../parseCommandArgs.js';

const help = () => `Usage: cable1957 diagram <kind> [--format mermaid|dot|svg] [--out FILE]

Draws a case kind's statechart from the machine itself: states with their clauses, transitions
labelled with event, guard and clauses. SVG is laid out in-process (Graphviz as WebAssembly).
Kinds: ${caseKindNames().join(', ')}.

Options:
  --format   mermaid (default), dot or svg
  --out      write to FILE (atomically) instead of standard output
`;

/** `cable1957 diagram <kind>`: the statechart as Mermaid, Graphviz DOT or SVG. */
export async function diagramCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'diagram',
    args,
    { format: { type: 'string', default: 'mermaid' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values.help) {
    io.out(help());
    return 0;
  }
  checkOutPath('diagram', 'out', values.out);
  const format = oneOf('diagram', 'format', values.format, ['mermaid', 'dot', 'svg'] as const);
  if (positionals.length !== 1) throw new InputError(`diagram: name one kind (${caseKindNames().join(', ')})`);
  const d = caseModel(positionals[0]!).description;
  const text = format === 'svg' ? await svgDiagram(d) : format === 'dot' ? dotDiagram(d) : mermaidDiagram(d);
  await emit(io, values.out, text);
  return 0;
}
