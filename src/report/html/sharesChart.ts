import type { OutcomeSummary } from '../../stats/summarize.js';
import { escapeHtml } from './escapeHtml.js';
import { colour, fontSize, pct, px, textWidth } from './svgFormat.js';

const row = 30;
const barWidth = 480;

/**
 * One kind's outcome shares as an inline SVG bar chart: a bar per outcome (0–100%) with its 95%
 * interval as an error bar, and the numbers beside it. Pure.
 */
export function sharesChart(kind: string, outcomes: Readonly<Record<string, OutcomeSummary>>): string {
  const entries = Object.entries(outcomes);
  const labelWidth = Math.max(80, ...entries.map(([name]) => textWidth(name))) + 12;
  const numbers = entries.map(([, o]) => `${pct(o.share)} (95% CI ${pct(o.ci95[0])}–${pct(o.ci95[1])})`);
  const width = labelWidth + barWidth + 16 + Math.max(...numbers.map(textWidth), 0) + 8;
  const top = 8;
  const axis = top + entries.length * row + 4;
  const height = axis + fontSize + 12;
  const x = (share: number) => labelWidth + Math.min(1, Math.max(0, share)) * barWidth;
  const parts: string[] = [];
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line x1="${px(x(t))}" y1="${top}" x2="${px(x(t))}" y2="${axis}" stroke="#ccc"/>`);
    parts.push(`<text x="${px(x(t))}" y="${axis + fontSize + 2}" text-anchor="middle" fill="#555">${t * 100}%</text>`);
  }
  entries.forEach(([name, o], i) => {
    const y = top + i * row;
    const mid = y + row / 2;
    const [lo, hi] = o.ci95;
    parts.push(
      `<g class="outcome" data-outcome="${escapeHtml(name)}"><title>${escapeHtml(`${name}: ${o.count.toLocaleString('en-US')} cases, ${numbers[i]}`)}</title>`,
      `<text x="${labelWidth - 8}" y="${px(mid + 5)}" text-anchor="end">${escapeHtml(name)}</text>`,
      `<rect class="bar" x="${labelWidth}" y="${y + 5}" width="${px(x(o.share) - labelWidth)}" height="${row - 10}" fill="${colour(i)}"/>`,
      `<path class="interval" d="M${px(x(lo))} ${mid}H${px(x(hi))}M${px(x(lo))} ${mid - 7}V${mid + 7}M${px(x(hi))} ${mid - 7}V${mid + 7}" stroke="#222" stroke-width="2" fill="none"/>`,
      `<text x="${labelWidth + barWidth + 16}" y="${px(mid + 5)}">${escapeHtml(numbers[i]!)}</text></g>`,
    );
  });
  return `<svg data-chart="shares" data-kind="${escapeHtml(kind)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="${fontSize}" role="img" aria-label="${escapeHtml(`Outcome shares of ${kind} with 95% intervals`)}">${parts.join('')}</svg>`;
}
