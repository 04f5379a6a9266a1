/**
 * Plain text made safe as inline text of the literate model: the characters its small Markdown
 * subset (and Markdown itself) would read as markup are backslash-escaped. Pure.
 */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}
