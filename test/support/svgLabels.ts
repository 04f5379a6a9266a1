import type { Page } from 'playwright-core';

/** One label of a Graphviz SVG as Chromium lays it out: its group, its text, its box in the SVG's units. */
export interface SvgLabel {
  /** The group's id and class (`node3 node`, `edge-2-open edge`, `clust1 cluster`). */
  readonly group: string;
  /** Its text, lines joined by spaces. */
  readonly text: string;
  /** The union of its lines' boxes (getBBox), in the SVG's user units. */
  readonly box: { x: number; y: number; width: number; height: number };
}

/** What {@link svgLabels} measured of an SVG shown `width` px wide. */
export interface SvgLabelGeometry {
  /** Every label with text. */
  readonly labels: SvgLabel[];
  /** The smallest text on screen, in px: font size × the SVG's scale on screen. */
  readonly minFontPx: number;
  /** The largest, in px. */
  readonly maxFontPx: number;
  /** Each pair of labels whose boxes intersect (by more than `slack` units both ways). */
  readonly overlaps: [string, string][];
}

/**
 * Shows an SVG in the page `width` px wide (its height following) and measures its labels in
 * the browser: the on-screen size of every text element, and the boxes of each node's, edge's
 * and cluster's text (getBBox, so the fonts Chromium really uses, not Graphviz's estimate), with
 * every pair of labels that overlap. Test support.
 */
export async function svgLabels(page: Page, svg: string, width = 1280, slack = 0.5): Promise<SvgLabelGeometry> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg.replace(/^[\s\S]*?(?=<svg)/, '')}</body></html>`);
  return page.evaluate(
    ({ width, slack }) => {
      const root = document.querySelector('svg')!;
      root.setAttribute('width', String(width));
      root.removeAttribute('height');
      const texts = [...root.querySelectorAll('text')];
      const px = texts.map((t) => Number(getComputedStyle(t).fontSize.replace('px', '')) * t.getScreenCTM()!.a);
      const labels = [...root.querySelectorAll('g.node, g.edge, g.cluster')].flatMap((g) => {
        const own = [...g.querySelectorAll('text')];
        const lines = own.filter((t) => (t.textContent ?? '').trim() !== '');
        if (lines.length === 0) return [];
        const boxes = lines.map((t) => t.getBBox());
        const x = Math.min(...boxes.map((b) => b.x));
        const y = Math.min(...boxes.map((b) => b.y));
        const box = { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
        return [{ group: `${g.id} ${g.getAttribute('class')}`, text: lines.map((t) => t.textContent).join(' '), box }];
      });
      const overlaps: [string, string][] = [];
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          const [a, b] = [labels[i]!.box, labels[j]!.box];
          const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
          const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
          if (dx > slack && dy > slack) overlaps.push([labels[i]!.text, labels[j]!.text]);
        }
      }
      return { labels, minFontPx: Math.min(...px), maxFontPx: Math.max(...px), overlaps };
    },
    { width, slack },
  );
}
