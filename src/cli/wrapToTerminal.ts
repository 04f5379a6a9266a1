import type { CliIO } from './io.js';

/** Breaks a line between words to fit `width`, continuing under its text; a longer word stays whole. */
function wrapLine(line: string, width: number): string {
  if (line.length <= width) return line;
  const lead = line.slice(0, line.length - line.trimStart().length);
  const indent = ' '.repeat(Math.min(lead.length + 4, Math.floor(width / 2)));
  const out: string[] = [];
  let current = '';
  for (const word of line.trimStart().split(' ')) {
    if (current === '') current = (out.length === 0 ? lead : indent) + word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      out.push(current);
      current = indent + word;
    }
  }
  out.push(current);
  return out.join('\n');
}

/**
 * `text` wrapped between words to `width` columns (by default the terminal's, less one, when
 * output is a terminal; else left whole): a terminal itself would cut words in two, which a
 * class reading a projected screen should not have to piece together.
 */
export function wrapToTerminal(text: string, io: CliIO, width?: number): string {
  const stream = io.outStream as (NodeJS.WritableStream & { isTTY?: boolean; columns?: number }) | undefined;
  const columns = width ?? (stream?.isTTY && stream.columns ? stream.columns - 1 : 0);
  return columns > 0 ? text.split('\n').map((l) => wrapLine(l, columns)).join('\n') : text;
}
