import { Graphviz } from '@hpcc-js/wasm-graphviz';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseKindNames, caseModel } from '../../../src/case/caseModel.js';
import { dotDiagram } from '../../../src/diagram/dotDiagram.js';
import { svgDiagram } from '../../../src/diagram/svgDiagram.js';
import { launchChromium } from '../../support/browser.js';
import { svgLabels } from '../../support/svgLabels.js';

// Diagrams for a projector (issue 13, item 3): each kind's SVG shown 1,280 px wide, measured in
// Chromium with the fonts it really has: every label 14 px or more, no label over another.
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
}, 30000);
afterAll(async () => {
  await browser?.close();
});

// A path through every kind's machine, for the highlighted variant (thicker strokes, other colours).
const longest = (kind: string) => {
  const d = caseModel(kind).description;
  const path = [d.initial];
  for (let next = d.transitions.find((t) => t.from === d.initial && t.toLeaf); next; next = d.transitions.find((t) => t.from === path.at(-1) && t.toLeaf && !path.includes(t.toLeaf))) path.push(next.toLeaf!);
  return path;
};

describe('diagrams shown 1,280 px wide (Chromium)', () => {
  it.each(caseKindNames())('%s: every label is 14 px or more, and no label covers another (also with a path highlighted)', async (kind) => {
    const d = caseModel(kind).description;
    for (const svg of [await svgDiagram(d), await svgDiagram(d, { path: longest(kind) })]) {
      const g = await svgLabels(page, svg);
      // Every state and every transition's label is there to be measured.
      expect(g.labels.filter((l) => / node( path)?$/.test(l.group)).length).toBeGreaterThanOrEqual(d.states.filter((s) => s.leaf).length);
      expect(g.labels.filter((l) => / edge( path)?$/.test(l.group)).length).toBe(d.transitions.length);
      expect(g.minFontPx).toBeGreaterThanOrEqual(14);
      expect(g.overlaps).toEqual([]);
      console.log(`${kind}: labels ${g.minFontPx.toFixed(1)}–${g.maxFontPx.toFixed(1)} px at 1,280 px, ${g.labels.length} labels, no overlap`);
    }
  }, 20000);

  it('the check fails on a deliberately overlapping SVG: one edge label moved onto a state label', async () => {
    const svg = await svgDiagram(caseModel('koreanCitizenInChina').description);
    const clean = await svgLabels(page, svg);
    expect(clean.overlaps).toEqual([]);
    // Move the first line of the first labelled edge onto the first state's name.
    const state = svg.match(/<g id="node\d+" class="node">[\s\S]*?<text [^>]*x="([-\d.]+)" y="([-\d.]+)"[^>]*>([^<]+)<\/text>/)!;
    const edgeText = /(<g id="edge-[^"]+" class="edge">[\s\S]*?<text [^>]*)x="[-\d.]+" y="[-\d.]+"/;
    const broken = svg.replace(/&#45;/g, '-').replace(edgeText, `$1x="${state[1]}" y="${state[2]}"`);
    const g = await svgLabels(page, broken);
    expect(g.overlaps.length).toBeGreaterThan(0);
    expect(g.overlaps.some(([a, b]) => a.startsWith(state[3]!) || b.startsWith(state[3]!))).toBe(true);
  });

  it('the size check fails on version 1\u2019s layout (left to right, 11/9 pt labels): what it replaced', async () => {
    const graphviz = await Graphviz.load();
    const old = (dot: string) =>
      dot
        .replace(/rankdir=TB; nodesep=0\.15; ranksep=0\.3;/, 'rankdir=LR;')
        .replace(/node \[([^\]]*)fontsize=14/, 'node [$1fontsize=11')
        .replace(/edge \[([^\]]*)fontsize=14/, 'edge [$1fontsize=9')
        .replace(/\.\n(\w)/g, ".$1");
    const g = await svgLabels(page, graphviz.dot(old(dotDiagram(caseModel('chineseResidentInKorea').description)), 'svg'));
    console.log(`chineseResidentInKorea, version 1 layout: labels ${g.minFontPx.toFixed(1)}–${g.maxFontPx.toFixed(1)} px at 1,280 px`);
    expect(g.minFontPx).toBeLessThan(14);
  });
});
