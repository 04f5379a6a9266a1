import type { RecordResult } from '../../record/RecordCheck.js';
import { showMeasured } from '../describeCheck.js';
import { escapeHtml } from './escapeHtml.js';
import { fontSize, px } from './svgFormat.js';

const width = 300;
const height = 50;
const left = 12;
const right = width - 12;

/** The range of values the record leads us to expect: a bound may be open (±Infinity). */
function expectedRange(r: RecordResult): [number, number] {
  const e = r.expect;
  if ('atLeast' in e) return [e.atLeast, Infinity];
  if ('atMost' in e) return [-Infinity, e.atMost];
  if ('between' in e) return [e.between[0], e.between[1]];
  return [e.about - e.tolerance, e.about + e.tolerance];
}

/**
 * One record check drawn: on an axis in the measure's units (0–100% for a share), the range the
 * record leads us to expect, shaded, and the model's estimate with its 95% interval, coloured by
 * the verdict, so the verdict can be seen: inside, outside or straddling. Pure.
 */
export function recordChart(r: RecordResult): string {
  const [lo, hi] = expectedRange(r);
  const isShare = r.measure.quantile === undefined && r.measure.scale === undefined;
  const values = [lo, hi, ...(r.model.ci95 ?? []), ...(r.model.estimate === null ? [] : [r.model.estimate])].filter(Number.isFinite);
  let min = isShare ? 0 : Math.min(...values);
  let max = isShare ? 1 : Math.max(...values);
  if (!isShare) {
    const pad = (max - min) * 0.15 || Math.abs(max) * 0.15 || 1;
    min = Math.max(0, min - pad);
    max += pad;
  }
  const x = (v: number) => left + ((Math.min(max, Math.max(min, v)) - min) / (max - min)) * (right - left);
  const colour = r.verdict === 'consistent' ? '#1b7f3b' : r.verdict === 'inconsistent' ? '#b3261e' : '#8a6d00';
  const parts = [
    `<rect class="expected" x="${px(x(lo))}" y="4" width="${px(x(hi) - x(lo))}" height="22" fill="#0072B2" fill-opacity="0.18"><title>the record: ${escapeHtml(`${Number.isFinite(lo) ? showMeasured(r.measure, lo) : '…'} to ${Number.isFinite(hi) ? showMeasured(r.measure, hi) : '…'}`)}</title></rect>`,
    `<path d="M${left} 26H${right}" stroke="#999"/>`,
    `<text x="${left}" y="${26 + fontSize + 4}" fill="#555">${escapeHtml(showMeasured(r.measure, min))}</text>`,
    `<text x="${right}" y="${26 + fontSize + 4}" text-anchor="end" fill="#555">${escapeHtml(showMeasured(r.measure, max))}</text>`,
  ];
  if (r.model.estimate !== null && r.model.ci95 !== null) {
    const [a, b] = r.model.ci95;
    parts.push(
      `<path class="model" d="M${px(x(a))} 15H${px(x(b))}M${px(x(a))} 9V21M${px(x(b))} 9V21" stroke="${colour}" stroke-width="2.5" fill="none"/>`,
      `<circle cx="${px(x(r.model.estimate))}" cy="15" r="5" fill="${colour}"><title>model: ${escapeHtml(showMeasured(r.measure, r.model.estimate))}</title></circle>`,
    );
  } else parts.push(`<text x="${width / 2}" y="20" text-anchor="middle">no estimate</text>`);
  return `<svg data-chart="record" data-check="${escapeHtml(r.id)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="${fontSize}" role="img" aria-label="${escapeHtml(`${r.id}: the model's estimate and interval against the range the record leads us to expect`)}">${parts.join('')}</svg>`;
}
