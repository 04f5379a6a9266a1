import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { cable } from '../../../machines/index.js';
import { defaultLiterateInput } from '../../../src/literate/defaultLiterateInput.js';
import { literateModel } from '../../../src/literate/literateModel.js';

const { html } = await literateModel(defaultLiterateInput(new URL('../../../', import.meta.url).pathname));

/** Parses text as XML (strict: every element closed, attributes quoted, entities known); returns the first error and the elements seen. */
function parseXml(text: string): { error?: string; elements: { name: string; attributes: Record<string, string> }[] } {
  const parser = new SaxesParser({ xmlns: false });
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  let error: string | undefined;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.on('opentag', (tag) => elements.push({ name: tag.name, attributes: tag.attributes as Record<string, string> }));
  parser.write(text).close();
  return { ...(error === undefined ? {} : { error }), elements };
}

describe('literate model › HTML', () => {
  const { error, elements } = parseXml(html);

  it('is well-formed (parses as XML: every element closed, every attribute quoted)', () => {
    expect(error).toBeUndefined();
    expect(elements[0]?.name).toBe('html');
    expect(elements.filter((e) => e.name === 'svg').length).toBeGreaterThan(0);
  });

  it('the parser used here rejects a broken page (an unclosed element)', () => {
    expect(parseXml(html.replace('</main>', '')).error).toBeDefined();
  });

  it('is self-contained: no script, no stylesheet link, no http: or https: source or link', () => {
    const external = elements.flatMap((e) => Object.entries(e.attributes).filter(([name, value]) => /(^|:)(src|href)$/.test(name) && !value.startsWith('#')).map(([name, value]) => `<${e.name} ${name}="${value}">`));
    expect(external).toEqual([]);
    expect(elements.filter((e) => ['script', 'link', 'iframe', 'img', 'object', 'embed'].includes(e.name))).toEqual([]);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?\s*https?:/i);
    expect(html).not.toMatch(/url\(\s*["']?https?:/i);
  });

  it('every id is unique and every link points to an id in the page', () => {
    const ids = elements.map((e) => e.attributes['id']).filter((id): id is string => id !== undefined);
    expect(ids.length - new Set(ids).size).toBe(0);
    const targets = elements.map((e) => e.attributes['href']).filter((h): h is string => h !== undefined);
    expect(targets.filter((h) => !ids.includes(h.slice(1)))).toEqual([]);
  });

  it('is readable on a projector: body text at least 16 px, diagram labels at least 16 px (12 pt) at their own size', () => {
    const body = html.match(/body \{ font: (\d+)px/);
    expect(Number(body?.[1])).toBeGreaterThanOrEqual(16);
    for (const m of html.matchAll(/font-size: (\d+)px/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(16);
    const svgFonts = [...html.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(svgFonts.length).toBeGreaterThan(0);
    // Graphviz writes SVG sizes in points with a 1:1 viewBox: 12 pt is 16 px.
    expect(Math.min(...svgFonts)).toBeGreaterThanOrEqual(12);
    expect(html).not.toMatch(/<svg[^>]*(?:width|height)="[\d.]+(?:px|%)"/);
  });

  it('opens with the title, the disclaimer and a table of contents naming every clause', () => {
    const note = html.indexOf('class="note"');
    const nav = html.indexOf('<nav');
    expect(html.indexOf('<h1>')).toBeLessThan(note);
    expect(note).toBeLessThan(nav);
    expect(html.slice(note, nav)).toContain('not for decisions about people');
    const contents = html.slice(nav, html.indexOf('</nav>'));
    for (const c of cable.clauses) expect(contents).toContain(`href="#clause-${c.id}"`);
  });
});
