import type { MachineDescription } from '../structure/describeMachine.js';
import { clauseFragment } from './clauseFragment.js';
import { escapeInline } from './escapeInline.js';
import type { LiterateInput } from './LiterateInput.js';
import type { Block } from './LiterateDocument.js';
import type { AnchoredTransition } from './transitionAnchors.js';
import { choiceAnchor, clauseAnchor, kindAnchor, readingAnchor } from './anchors.js';

/** What a clause section needs besides the input: the machines read once, and where each item is told in full. */
export interface ClauseContext {
  /** The input the document is generated from. */
  readonly input: LiterateInput;
  /** Each machine's description, by case kind. */
  readonly described: readonly (readonly [string, MachineDescription])[];
  /** Every transition of every machine, anchored. */
  readonly transitions: readonly AnchoredTransition[];
  /** The clause under which an item (transition anchor, reading id, fixed choice id) is told in full. */
  readonly home: (clauses: readonly string[]) => string;
  /** The reading whose options provide a guard, by guard name. */
  readonly readingOfGuard: ReadonlyMap<string, string>;
}

const code = (s: string) => `\`${s}\``;
const clauseLinks = (ids: readonly string[]) => ids.map((c) => `[${c}](#${clauseAnchor(c)})`).join(', ');
const clausesNamed = (ids: readonly string[]) => `${ids.length === 1 ? 'clause' : 'clauses'} ${clauseLinks(ids)}`;

/** Where a clause stands in the source, in words. */
export function sourcePosition(source: LiterateInput['cable']['clauses'][number]['source']): string {
  const where = source.paragraph === 0 ? 'Paragraph 0 (the opening principle)' : `Paragraph ${source.paragraph}`;
  const sentences = source.toSentence === undefined ? `sentence ${source.sentence}` : `sentences ${source.sentence}–${source.toSentence}`;
  return `${where}, ${sentences}`;
}

/** A transition in one line: `from --event [guard]--> to`, for references. */
const oneLine = ({ kind, t, anchor }: AnchoredTransition) => `[${kind}: ${escapeInline(`${t.from ?? '*'} --${t.event}${t.guard ? ` [${t.guard}]` : ''}--> ${t.to ?? '(stays)'}`)}](#${anchor})`;

/** "In `kind`:" above a machine's part of a table. */
const inKind = (kind: string): Block => ({ type: 'paragraph', text: `In [${code(kind)}](#${kindAnchor(kind)}):` });

function statesBlocks(clause: string, ctx: ClauseContext): Block[] {
  const blocks = ctx.described.flatMap(([kind, d]): Block[] => {
    const rows = d.states
      .filter((s) => s.clauses.includes(clause))
      .map((s) => {
        const kindOf = [s.final ? 'final' : '', s.settled ? 'settled' : '', s.leaf ? '' : `compound (holds ${d.states.filter((c) => c.parent === s.name).length} states)`].filter(Boolean).join(', ');
        return { cells: [code(s.name), kindOf || '—', s.description, clauseLinks(s.clauses)] };
      });
    return rows.length === 0 ? [] : [inKind(kind), { type: 'table', head: ['state', 'kind', 'description', 'clauses'], rows }];
  });
  return blocks.length === 0 ? [] : [{ type: 'heading', level: 3, text: 'States' }, ...blocks];
}

function transitionsBlocks(clause: string, ctx: ClauseContext): Block[] {
  const cited = ctx.transitions.filter((a) => a.t.clauses.includes(clause));
  if (cited.length === 0) return [];
  const elsewhere = cited.filter((a) => ctx.home(a.t.clauses) !== clause);
  const condition = (a: AnchoredTransition) => {
    if (a.t.guard) {
      const reading = ctx.readingOfGuard.get(a.t.guard);
      return `, if ${code(a.t.guard)}${reading ? ` (reading [${reading}](#${readingAnchor(reading)}))` : ''}`;
    }
    if (a.alternative === 0) return '';
    // The unguarded last alternative of an event: taken when the guards before it are false.
    const before = ctx.transitions.filter((b) => b.kind === a.kind && b.t.from === a.t.from && b.t.event === a.t.event && b.alternative < a.alternative);
    return `, otherwise (not ${before.map((b) => `[${escapeInline(b.t.guard ?? '')}](#${b.anchor})`).join(', not ')})`;
  };
  const stateOf = (d: MachineDescription, name: string | null) => {
    const s = d.states.find((x) => x.name === name);
    if (name === null) return 'any state';
    return `${code(name)}${s && !s.leaf ? ' (any state inside)' : ''}${s?.final ? ' (final)' : ''}`;
  };
  const blocks: Block[] = [{ type: 'heading', level: 3, text: 'Transitions' }];
  for (const [kind, d] of ctx.described) {
    const own = cited.filter((a) => a.kind === kind && ctx.home(a.t.clauses) === clause);
    if (own.length === 0) continue;
    blocks.push(inKind(kind), {
      type: 'table',
      head: ['transition', 'clauses', 'description'],
      rows: own.map((a) => ({
        id: a.anchor,
        cells: [`from ${stateOf(d, a.t.from)} on ${code(a.t.event)}${condition(a)}: ${a.t.to === null ? 'stays where it is (no target)' : `to ${stateOf(d, a.t.to)}`}`, clauseLinks(a.t.clauses), a.t.description],
      })),
    });
  }
  if (elsewhere.length > 0) {
    blocks.push({ type: 'paragraph', text: `Also citing ${clause}, told in full under the first clause they cite:` });
    blocks.push({ type: 'list', items: elsewhere.map((a) => `${oneLine(a)}, under [${ctx.home(a.t.clauses)}](#${clauseAnchor(ctx.home(a.t.clauses))})`) });
  }
  return blocks;
}

function diagramBlocks(clause: string, ctx: ClauseContext): Block[] {
  const fragments = ctx.described.flatMap(([kind, d]) => {
    const f = clauseFragment(kind, d, clause);
    return f ? [f] : [];
  });
  if (fragments.length === 0) return [];
  return [
    { type: 'heading', level: 3, text: 'Diagram' },
    ...fragments.flatMap((f): Block[] => [{ type: 'paragraph', text: `In [${code(f.kind)}](#${kindAnchor(f.kind)}), the transitions citing ${clause}:` }, { type: 'diagram', fragment: f }]),
  ];
}

function readingsBlocks(clause: string, ctx: ClauseContext): Block[] {
  const on = Object.entries(ctx.input.readings).filter(([, r]) => r.clauses.includes(clause));
  const choices = ctx.input.fixedChoices.filter((c) => c.clauses.includes(clause));
  const blocks: Block[] = [];
  if (on.length > 0) blocks.push({ type: 'heading', level: 3, text: 'Readings' });
  for (const [id, r] of on) {
    if (ctx.home(r.clauses) !== clause) {
      blocks.push({ type: 'paragraph', text: `Reading [${code(id)}](#${readingAnchor(id)}) (told under ${ctx.home(r.clauses)}): ${r.question} Default: ${code(r.default)}.` });
      continue;
    }
    blocks.push({ type: 'heading', level: 4, text: `Reading ${code(id)}`, id: readingAnchor(id) });
    blocks.push({ type: 'paragraph', text: `**Question.** ${r.question} (${clausesNamed(r.clauses)})` });
    const options = Object.entries(r.options).sort(([a], [b]) => Number(b === r.default) - Number(a === r.default));
    blocks.push({ type: 'list', items: options.map(([name, o]) => `${code(name)}${name === r.default ? ' (**default**)' : ''}: ${o.description}`) });
    blocks.push({ type: 'paragraph', text: `**Why the default.** ${r.why}` });
  }
  if (choices.length > 0) blocks.push({ type: 'heading', level: 3, text: 'Fixed choices' });
  for (const c of choices) {
    if (ctx.home(c.clauses) !== clause) {
      blocks.push({ type: 'paragraph', text: `Fixed choice [${code(c.id)}](#${choiceAnchor(c.id)}) (told under ${ctx.home(c.clauses)}): ${c.question}` });
      continue;
    }
    blocks.push({ type: 'heading', level: 4, text: `Fixed choice ${code(c.id)}`, id: choiceAnchor(c.id) });
    blocks.push({ type: 'paragraph', text: `**Question.** ${c.question} (${clausesNamed(c.clauses)})` });
    blocks.push({ type: 'paragraph', text: `**What the model does.** ${c.choice}` });
    blocks.push({ type: 'paragraph', text: `**Why.** ${c.why}` });
  }
  return blocks;
}

function proofBlocks(clause: string, ctx: ClauseContext): Block[] {
  const { invariants, tests } = ctx.input;
  const items: string[] = [];
  for (const inv of invariants.filter((i) => i.clauses.includes(clause))) {
    const files = tests.invariantFiles.filter((f) => f.invariant === inv.id).map((f) => code(f.file));
    items.push(`Invariant ${code(inv.id)} (${inv.kinds.map(code).join(', ')}): ${inv.statement}${files.length ? ` Named in ${files.join(', ')}.` : ''}`);
  }
  const byFile = new Map<string, string[]>();
  for (const t of tests.titles.filter((x) => x.clauses.includes(clause))) byFile.set(t.file, [...(byFile.get(t.file) ?? []), t.title]);
  for (const [file, titles] of byFile) {
    const kind = file.includes('.properties.') ? 'property tests' : 'tests';
    items.push(`${code(file)} (${kind}): ${titles.map((t) => `“${escapeInline(t)}”`).join('; ')}`);
  }
  if (items.length === 0) return [];
  return [{ type: 'heading', level: 3, text: 'What proves it' }, { type: 'list', items }];
}

/** The section of one clause: source, paraphrase, states, transitions, diagram, readings, fixed choices, proofs, what is not modeled. Pure. */
export function clauseSection(clause: LiterateInput['cable']['clauses'][number], ctx: ClauseContext): Block[] {
  const reason = ctx.input.notModeled[clause.id];
  return [
    { type: 'heading', level: 2, text: `${clause.id} · ${clause.title}`, id: clauseAnchor(clause.id) },
    { type: 'paragraph', text: `**Source.** ${sourcePosition(clause.source)}.` },
    { type: 'paragraph', text: `**Our paraphrase.** ${clause.paraphrase}` },
    ...(reason === undefined ? [] : [{ type: 'paragraph', text: `**Not modeled.** ${reason}` } as const]),
    ...statesBlocks(clause.id, ctx),
    ...transitionsBlocks(clause.id, ctx),
    ...diagramBlocks(clause.id, ctx),
    ...readingsBlocks(clause.id, ctx),
    ...proofBlocks(clause.id, ctx),
  ];
}
