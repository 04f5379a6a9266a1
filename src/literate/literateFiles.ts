import type { LiterateInput } from './LiterateInput.js';
import { literateModel } from './literateModel.js';

/** One generated file: its path from the repository root and its full text. */
export interface LiterateFile {
  /** The path, `/`-separated, from the repository root. */
  readonly path: string;
  /** The file's full text. */
  readonly text: string;
}

/** The files `npm run literate` writes, generated from the input: `docs/model.md` and `docs/model.html`. */
export async function literateFiles(input: LiterateInput): Promise<LiterateFile[]> {
  const { markdown, html } = await literateModel(input);
  return [
    { path: 'docs/model.md', text: markdown },
    { path: 'docs/model.html', text: html },
  ];
}
