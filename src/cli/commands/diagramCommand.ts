import { caseKindNames, caseModel } from '../../case/caseModel.js';
import { InputError } from '../../InputError.js';
import { dotDiagram } from '../../diagram/dotDiagram.js';
import { mermaidDiagram } from '../../diagram/mermaidDiagram.js';
import { parsePath } from '../../diagram/parsePath.js';
import { svgDiagram } from '../../diagram/svgDiagram.js';
import { emit } from '../emit.js';
import { checkOutPath } from '../checkOutPath.js';
import type { CliIO } from '../io.js';
import { oneOf, parseCommandArgs } from '../parseCommandArgs.js';

const help = () => `Usage: cable1957 diagram <kind> [--format mermaid|dot|svg] [--path "a>b>…"] [--out FILE]

Draws a case kind's statechart from the machine itself: states with their clauses, transitions
labelled with event, guard and clauses. SVG is laid out in-process (Graphviz as WebAssembly),
top to bottom, so that shown 1,280 px wide its labels are 14 px or more (a projector).
Kinds: ${caseKindNames().join(', ')}.

Options:
  --format   mermaid (default), dot or svg
  --path     a case's path, its states joined by ">" (e.g. the states a \`case\` run printed):
             its states and the transitions between consecutive ones are highlighted (thick
             orange in dot/svg; in Mermaid the states are styled and the transitions' labels
             numbered by step). Each state must be one of the kind's, and each step one a
             transition makes; when several transitions make a step, each is highlighted.
  --out      write to FILE (atomically) instead of standard output
`;

/** `cable1957 diagram <kind>`: the statechart as Mermaid, Graphviz DOT or SVG. */
export async function diagramCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'diagram',
    args,
    { format: { type: 'string', default: 'mermaid' }, path: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
  const options = values.path === undefined ? {} : { path: parsePath(values.path) };
  const text = format === 'svg' ? await svgDiagram(d, options) : format === 'dot' ? dotDiagram(d, options) : mermaidDiagram(d, options);
  await emit(io, values.out, text);
  return 0;
}
