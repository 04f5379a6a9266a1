import { describeMachine } from '../structure/describeMachine.js';
import { clauseAnchor, kindAnchor } from './anchors.js';
import { clauseSection, type ClauseContext } from './clauseSection.js';
import type { LiterateInput } from './LiterateInput.js';
import type { Block, LiterateDocument } from './LiterateDocument.js';
import { transitionAnchors } from './transitionAnchors.js';

/** The disclaimer every output of the project carries. */
export const disclaimer =
  'A descriptive model of a historical policy, for study: not for decisions about people. It must not be used to make or justify decisions about real people.';

const code = (s: string) => `\`${s}\``;

function introduction(input: LiterateInput, ctx: ClauseContext): Block[] {
  const { cable } = input;
  const transitions = ctx.transitions.length;
  // Examples of the test-name convention, taken from the registry rather than written here.
  const [a = '', b = ''] = cable.clauses.slice(-3).map((c) => c.id);
  return [
    { type: 'heading', level: 2, text: 'How to read this document', id: 'how-to-read' },
    {
      type: 'paragraph',
      text: `This is the model read clause by clause, in the order of the cable's clause registry, in the spirit of Catala's literate programs: each clause of the text stands beside the part of the statecharts that carries it out. It is **descriptive history**: it shows how the model reads a policy of ${cable.date.slice(0, 4)}, so that the reading can be studied, questioned and changed. It is not a decision system, and it decides nothing about anyone.`,
    },
    {
      type: 'paragraph',
      text: 'It is **generated from the machines** by `npm run literate` (`scripts/literate.mjs`, `src/literate/`), as `docs/model.md` and `docs/model.html` from the same generator; nothing in it is written by hand. The tests regenerate it and fail, asking you to run `npm run literate`, when the committed files differ from what the machines, readings and tests now say.',
    },
    { type: 'paragraph', text: 'Each clause section holds, when there is something to show:' },
    {
      type: 'list',
      items: [
        '**Source** and **our paraphrase**: where the clause stands in the cable and what it says in our own words (`machines/cable.ts`); the project quotes the translation only in a few words, never at length.',
        "**States**: every state whose `meta.clauses` cites the clause, with its one-sentence description. A state citing several clauses appears under each.",
        `**Transitions**: every transition citing the clause, with its event, its guard, its target and its description. Each of the ${transitions} transitions of the ${ctx.described.length} machines is told in full exactly once, in a table row with its own anchor, under the first clause it cites in the registry's order; under the other clauses it cites it is listed by a link. An unguarded alternative after guarded ones of the same event reads "otherwise"; a guard that a reading provides links to that reading.`,
        '**Diagram**: the transitions citing the clause only, per machine (a fragment, so it has no start state; final states lead to the end mark). A compound state stands for every state inside it.',
        '**Readings** and **fixed choices**: where the text is ambiguous, the reading the model makes (question, options, default, why the default; `machines/readings.ts`) or the choice it fixes (`machines/fixedChoices.ts`). Each is told in full under the first clause it concerns and named with a link under the others.',
        `**What proves it**: the run-time invariants citing the clause (\`machines/invariants.ts\`, each carrying its clause ids), with the test files that name the invariant; and the tests whose names cite the clause, found by reading every \`test/**/*.test.ts\`: a name cites a clause when it holds the clause id in parentheses, alone or leading a comma-separated list ("(${a})", "(${a}, ${b})"), or after the word "clause" ("under clause ${a}"). Property tests (files \`*.properties.test.ts\`) run on arbitrary inputs and event sequences, and beside them meta-tests show that deliberately broken variants fail them.`,
        '**Not modeled**: the reason, for a clause no state or transition implements (`machines/notModeled.ts`).',
      ],
    },
    { type: 'heading', level: 2, text: 'The cable', id: 'the-cable' },
    {
      type: 'list',
      items: [
        `**Title** (as archived): ${cable.title}`,
        `**Date**: ${cable.date}`,
        `**Issued by**: ${cable.issuers.join('; ')}`,
        `**Sent to**: ${cable.addressees.join('; ')}`,
        `**Source**: ${cable.archive}`,
        `**Clauses**: ${cable.clauses.map((c) => `[${c.id}](#${clauseAnchor(c.id)})`).join(', ')}`,
      ],
    },
    { type: 'heading', level: 2, text: 'The case kinds', id: 'case-kinds' },
    {
      type: 'paragraph',
      text: 'One XState v5 statechart per kind of case. Every state and every transition carries `meta.clauses` (the clauses it implements) and a one-sentence description; events are named `actor.verb`, the actor who acts first.',
    },
    ...ctx.described.flatMap(([kind, d]): Block[] => [
      { type: 'heading', level: 3, text: code(kind), id: kindAnchor(kind) },
      {
        type: 'paragraph',
        text: `${d.description} Clauses: ${d.clauses.map((c) => `[${c}](#${clauseAnchor(c)})`).join(', ')}. ${d.states.filter((s) => s.leaf).length} states a case can be in (${d.states.filter((s) => s.final).map((s) => code(s.name)).join(', ')} final), ${d.transitions.length} transitions; it starts in ${code(d.initial)}.`,
      },
    ]),
  ];
}

/**
 * Builds the literate model from the machines and their registries: an introduction, the case
 * kinds, then one section per clause of the registry in its order. Pure: the input says
 * everything, including which tests cite what.
 */
export function buildLiterateDocument(input: LiterateInput): LiterateDocument {
  const order = input.cable.clauses.map((c) => c.id);
  const described = Object.entries(input.machines).map(([kind, m]) => [kind, describeMachine(m)] as const);
  const readingOfGuard = new Map<string, string>();
  for (const [id, r] of Object.entries(input.readings)) for (const o of Object.values(r.options)) for (const g of Object.keys(o.guards ?? {})) readingOfGuard.set(g, id);
  const ctx: ClauseContext = {
    input,
    described,
    transitions: described.flatMap(([kind, d]) => transitionAnchors(kind, d)),
    // First in the registry's order; a clause unknown to the registry would sort last.
    home: (clauses) => [...clauses].sort((a, b) => (order.indexOf(a) >>> 0) - (order.indexOf(b) >>> 0))[0] ?? '',
    readingOfGuard,
  };
  const title = `A literate model of the cable of ${input.cable.date}`;
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: title },
    { type: 'note', text: `**${disclaimer}**` },
    ...introduction(input, ctx),
    ...input.cable.clauses.flatMap((c) => clauseSection(c, ctx)),
  ];
  const contents = [
    { id: 'how-to-read', label: 'How to read this document' },
    { id: 'the-cable', label: 'The cable' },
    { id: 'case-kinds', label: 'The case kinds' },
    ...input.cable.clauses.map((c) => ({ id: clauseAnchor(c.id), label: `${c.id} · ${c.title}` })),
  ];
  return { title, contents, blocks };
}
