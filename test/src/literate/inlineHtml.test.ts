import { describe, expect, it } from 'vitest';
import { escapeInline } from '../../../src/literate/escapeInline.js';
import { inlineHtml } from '../../../src/literate/inlineHtml.js';

describe('inlineHtml', () => {
  it.each([
    ['plain text, escaped', 'a < b & "c"', 'a &lt; b &amp; &quot;c&quot;'],
    ['a code span', 'the `open` state', 'the <code>open</code> state'],
    ['a code span holding markup', '`<a>` and `**x**`', '<code>&lt;a&gt;</code> and <code>**x**</code>'],
    ['strong text', '**Source.** text', '<strong>Source.</strong> text'],
    ['a link to an anchor', 'see [1a](#clause-1a)', 'see <a href="#clause-1a">1a</a>'],
    ['a link holding code', '[`x`](#r-x)', '<a href="#r-x"><code>x</code></a>'],
    ['a link to another site, left as text', '[x](https://example.org)', '[x](https://example.org)'],
  ])('renders %s', (_, text, html) => expect(inlineHtml(text)).toBe(html));

  it('renders escaped plain text as that text, whatever it holds', () => {
    const text = 'a [b] `c` **d** \\e <f> | _g_';
    expect(inlineHtml(escapeInline(text))).toBe('a [b] `c` **d** \\e &lt;f&gt; | _g_');
  });
});
