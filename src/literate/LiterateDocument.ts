/**
 * Inline text in the literate model is a small subset of Markdown that both renderers understand:
 * `code`, **strong** and [text](#anchor) links. Everything else is plain text.
 */
export type InlineText = string;

/** A diagram of the transitions that cite one clause, in one machine: a fragment, not a whole chart. */
export interface DiagramFragment {
  /** The machine id (its case kind). */
  readonly kind: string;
  /** The states the edges touch, in the machine's document order. */
  readonly states: readonly { readonly name: string; readonly final: boolean; readonly compound: boolean }[];
  /** One edge per transition (a targetless one loops on the state it is written on). */
  readonly edges: readonly { readonly from: string; readonly to: string; readonly event: string; readonly guard?: string; readonly clauses: readonly string[] }[];
}

/** One block of the document, rendered alike to Markdown and to HTML. */
export type Block =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly text: InlineText; readonly id?: string }
  | { readonly type: 'paragraph'; readonly text: InlineText }
  | { readonly type: 'note'; readonly text: InlineText }
  | { readonly type: 'list'; readonly items: readonly InlineText[] }
  | { readonly type: 'table'; readonly head: readonly InlineText[]; readonly rows: readonly { readonly id?: string; readonly cells: readonly InlineText[] }[] }
  | { readonly type: 'diagram'; readonly fragment: DiagramFragment };

/** The literate model as a sequence of blocks, with its title and table of contents. */
export interface LiterateDocument {
  /** The document's title. */
  readonly title: string;
  /** The entries of the table of contents: anchor and label. */
  readonly contents: readonly { readonly id: string; readonly label: string }[];
  /** The blocks, in reading order. */
  readonly blocks: readonly Block[];
}
