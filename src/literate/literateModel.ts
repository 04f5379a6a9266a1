import { buildLiterateDocument } from './buildLiterateDocument.js';
import type { LiterateInput } from './LiterateInput.js';
import { renderHtml } from './renderHtml.js';
import { renderMarkdown } from './renderMarkdown.js';

/** The literate model's two renderings, each the full text of its file. */
export interface LiterateModel {
  /** `docs/model.md`. */
  readonly markdown: string;
  /** `docs/model.html`. */
  readonly html: string;
}

/** Generates the literate model, Markdown and HTML, from one document built from the input. */
export async function literateModel(input: LiterateInput): Promise<LiterateModel> {
  const doc = buildLiterateDocument(input);
  return { markdown: renderMarkdown(doc), html: await renderHtml(doc) };
}
