import type { PathSummary } from '../../stats/summarize.js';
import { escapeHtml } from './escapeHtml.js';
import { colour, fontSize, pct, px, textWidth } from './svgFormat.js';

/** Steps drawn before the rest of a long path (rounds of mobilization can repeat) is gathered in one node. */
export const sankeySteps = 10;

/** What stands for the states of a path beyond `sankeySteps`. */
const beyond = '…';

interface SankeyNode {
  readonly step: number;
  readonly state: string;
  value: number;
  /** Cases whose path ends here (still open at the horizon, or in an outcome). */
  ending: number;
  y: number;
  height: number;
  outOffset: number;
  inOffset: number;
}

const columnHeight = 360;
const gap = 10;
const minSlot = 22; // every node keeps room for its label, however small its flow
const nodeWidth = 14;

/**
 * One kind's paths as an inline SVG Sankey diagram: a column per step of a path, a node per state
 * reached at that step (height proportional to the cases there), and a band per pair of
 * consecutive states, as wide as the cases that moved so. Built from the result's path counts
 * alone; a state's colour is the same in every column, and an outcome's is its colour in the
 * other charts (`outcomeOrder`). Pure and deterministic.
 */
export function pathSankey(kind: string, paths: readonly PathSummary[], outcomeOrder: readonly string[] = []): string {
  const nodes = new Map<string, SankeyNode>();
  const links = new Map<string, { from: SankeyNode; to: SankeyNode; value: number }>();
  // Outcomes first, in their order, so each keeps the colour the other charts give it.
  const states: string[] = [...outcomeOrder];
  const node = (step: number, state: string) => {
    const key = `${step}\u0000${state}`;
    let n = nodes.get(key);
    if (!n) nodes.set(key, (n = { step, state, value: 0, ending: 0, y: 0, height: 0, outOffset: 0, inOffset: 0 }));
    if (!states.includes(state)) states.push(state);
    return n;
  };
  let total = 0;
  for (const p of paths) {
    const full = p.path.split('>');
    const steps = full.length > sankeySteps ? [...full.slice(0, sankeySteps), beyond] : full;
    total += p.count;
    let previous: SankeyNode | undefined;
    for (const [i, state] of steps.entries()) {
      const n = node(i, state);
      n.value += p.count;
      if (previous) {
        const key = `${i}\u0000${previous.state}\u0000${state}`;
        const link = links.get(key) ?? { from: previous, to: n, value: 0 };
        link.value += p.count;
        links.set(key, link);
      }
      previous = n;
    }
    previous!.ending += p.count;
  }
  if (total === 0) {
    return `<svg data-chart="sankey" data-kind="${escapeHtml(kind)}" width="400" height="40" viewBox="0 0 400 40" font-size="${fontSize}" role="img"><text x="8" y="24">no case of this kind took a path</text></svg>`;
  }
  const columns: SankeyNode[][] = [];
  for (const n of nodes.values()) (columns[n.step] ??= []).push(n);
  for (const c of columns) c.sort((a, b) => b.value - a.value || (a.state < b.state ? -1 : a.state > b.state ? 1 : 0));
  const most = Math.max(1, ...columns.map((c) => c.length));
  const scale = (columnHeight - gap * (most - 1)) / total;
  let height = 0;
  for (const c of columns) {
    let y = 8;
    for (const n of c) {
      n.height = Math.max(1, n.value * scale);
      n.y = y;
      y += Math.max(n.height, minSlot) + gap;
    }
    height = Math.max(height, y);
  }
  const labels = [...nodes.values()].map((n) => `${n.state} ${pct(n.value / total)}`);
  const spacing = Math.max(170, ...labels.map(textWidth)) + nodeWidth + 40;
  const width = columns.length * spacing;
  const x = (step: number) => 8 + step * spacing;
  const parts: string[] = [];
  // Bands first, under the nodes; stacked at each end in the order of the nodes they join, so they do not cross there.
  const ordered = [...links.values()].sort((a, b) => a.from.step - b.from.step || a.from.y - b.from.y || a.to.y - b.to.y);
  for (const l of ordered) {
    const h = l.value * scale;
    const y0 = l.from.y + l.from.outOffset;
    const y1 = l.to.y + l.to.inOffset;
    l.from.outOffset += h;
    l.to.inOffset += h;
    const x0 = x(l.from.step) + nodeWidth;
    const x1 = x(l.to.step);
    const xm = (x0 + x1) / 2;
    const what = `${l.from.state} \u2192 ${l.to.state} (step ${l.to.step}): ${l.value.toLocaleString('en-US')} cases, ${pct(l.value / total)}`;
    parts.push(
      `<path class="flow" d="M${px(x0)} ${px(y0)}C${px(xm)} ${px(y0)} ${px(xm)} ${px(y1)} ${px(x1)} ${px(y1)}V${px(y1 + h)}C${px(xm)} ${px(y1 + h)} ${px(xm)} ${px(y0 + h)} ${px(x0)} ${px(y0 + h)}Z" fill="${colour(states.indexOf(l.to.state))}" fill-opacity="0.35"><title>${escapeHtml(what)}</title></path>`,
    );
  }
  for (const n of nodes.values()) {
    const share = n.value / total;
    const ends = n.ending > 0 ? `; the path ends here for ${n.ending.toLocaleString('en-US')} (${pct(n.ending / total)})` : '';
    parts.push(
      `<g class="node" data-state="${escapeHtml(n.state)}" data-step="${n.step}"><title>${escapeHtml(`${n.state} at step ${n.step}: ${n.value.toLocaleString('en-US')} cases, ${pct(share)}${ends}`)}</title>`,
      `<rect x="${px(x(n.step))}" y="${px(n.y)}" width="${nodeWidth}" height="${px(n.height)}" fill="${colour(states.indexOf(n.state))}"/>`,
      `<text x="${px(x(n.step) + nodeWidth + 6)}" y="${px(n.y + Math.min(n.height, minSlot) / 2 + 5)}">${escapeHtml(`${n.state} ${pct(share)}`)}</text></g>`,
    );
  }
  return `<svg data-chart="sankey" data-kind="${escapeHtml(kind)}" width="${width}" height="${px(height)}" viewBox="0 0 ${width} ${px(height)}" font-size="${fontSize}" role="img" aria-label="${escapeHtml(`Paths of ${kind}: states by step, bands as wide as the cases that moved between them`)}">${parts.join('')}</svg>`;
}
