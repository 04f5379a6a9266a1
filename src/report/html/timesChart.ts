import type { TimeSummary } from '../../stats/summarize.js';
import { escapeHtml } from './escapeHtml.js';
import { colour, days, fontSize, px, textWidth } from './svgFormat.js';

const row = 34;
const axisWidth = 480;

/** A round axis end at or above `x`: 1, 2 or 5 times a power of ten. */
function niceCeiling(x: number): number {
  if (x <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  return ([1, 2, 5, 10].find((m) => m * p >= x) ?? 10) * p;
}

/**
 * One kind's time from a case's start to each outcome, as an inline SVG: per outcome a band up to
 * the 90th percentile, a tick at the median and a diamond at the mean, on a common axis in days,
 * with the three numbers beside it. Outcomes no case reached have no time and no row. Pure.
 */
export function timesChart(kind: string, times: Readonly<Record<string, TimeSummary>>, outcomeOrder: readonly string[]): string {
  const entries = Object.entries(times);
  const colourOf = (name: string) => colour(Math.max(0, outcomeOrder.indexOf(name)));
  const labelWidth = Math.max(80, ...entries.map(([name]) => textWidth(name))) + 12;
  const numbers = entries.map(([, t]) => `mean ${days(t.mean)} · median ${days(t.median)} · p90 ${days(t.p90)}`);
  const width = labelWidth + axisWidth + 16 + Math.max(0, ...numbers.map(textWidth)) + 8;
  const top = 8;
  const axis = top + Math.max(1, entries.length) * row + 4;
  const height = axis + fontSize * 2 + 16;
  const end = niceCeiling(Math.max(0, ...entries.map(([, t]) => Math.max(t.p90, t.mean))));
  const x = (d: number) => labelWidth + (Math.max(0, d) / end) * axisWidth;
  const parts: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const d = (end * i) / 4;
    parts.push(`<line x1="${px(x(d))}" y1="${top}" x2="${px(x(d))}" y2="${axis}" stroke="#ccc"/>`);
    parts.push(`<text x="${px(x(d))}" y="${axis + fontSize + 2}" text-anchor="middle" fill="#555">${+d.toFixed(1)}</text>`);
  }
  parts.push(`<text x="${labelWidth + axisWidth / 2}" y="${axis + fontSize * 2 + 8}" text-anchor="middle" fill="#555">days from the case\u2019s start</text>`);
  if (entries.length === 0) parts.push(`<text x="${labelWidth}" y="${top + row / 2 + 5}">no case reached an outcome</text>`);
  entries.forEach(([name, t], i) => {
    const y = top + i * row;
    const mid = y + row / 2;
    const fill = colourOf(name);
    parts.push(
      `<g class="outcome" data-outcome="${escapeHtml(name)}"><title>${escapeHtml(`${name}: ${numbers[i]}`)}</title>`,
      `<text x="${labelWidth - 8}" y="${px(mid + 5)}" text-anchor="end">${escapeHtml(name)}</text>`,
      `<rect class="p90" x="${labelWidth}" y="${y + 8}" width="${px(x(t.p90) - labelWidth)}" height="${row - 16}" fill="${fill}" fill-opacity="0.35"/>`,
      `<path class="median" d="M${px(x(t.median))} ${y + 4}V${y + row - 4}" stroke="${fill}" stroke-width="4"/>`,
      `<path class="mean" d="M${px(x(t.mean))} ${mid - 7}l7 7l-7 7l-7 -7Z" fill="#222"/>`,
      `<text x="${labelWidth + axisWidth + 16}" y="${px(mid + 5)}">${escapeHtml(numbers[i]!)}</text></g>`,
    );
  });
  return `<svg data-chart="times" data-kind="${escapeHtml(kind)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="${fontSize}" role="img" aria-label="${escapeHtml(`Days to each outcome of ${kind}: mean, median and 90th percentile`)}">${parts.join('')}</svg>`;
}
