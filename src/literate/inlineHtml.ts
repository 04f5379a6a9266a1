/** Text escaped for HTML (and XML): `&`, `<`, `>`, `"`. */
export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Tokens of the inline subset: a backslash escape, a code span, **strong**, a link to an anchor.
const TOKEN = /\\([\\`*_[\]<>|])|`([^`]*)`|\*\*((?:\\.|[^*])+)\*\*|\[((?:\\.|[^\]])+)\]\(#([^)\s]+)\)/g;

/**
 * The literate model's inline text as HTML: `code`, **strong** and [text](#anchor) links become
 * elements, backslash escapes their character, everything else is escaped text. Pure.
 */
export function inlineHtml(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    out += escapeHtml(text.slice(last, m.index));
    last = m.index + m[0].length;
    const [, escaped, codeSpan, strong, linkText, target] = m;
    if (escaped !== undefined) out += escapeHtml(escaped);
    else if (codeSpan !== undefined) out += `<code>${escapeHtml(codeSpan)}</code>`;
    else if (strong !== undefined) out += `<strong>${inlineHtml(strong)}</strong>`;
    else out += `<a href="#${escapeHtml(target!)}">${inlineHtml(linkText!)}</a>`;
  }
  return out + escapeHtml(text.slice(last));
}
