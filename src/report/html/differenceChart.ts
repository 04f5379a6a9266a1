import type { PairedDifference } from '../../experiment/compare/CompareResult.js';
import { signed } from '../../experiment/compare/signed.js';
import { escapeHtml } from './escapeHtml.js';
import { fontSize, px, textWidth } from './svgFormat.js';

/** One row of a difference chart: what differs, B − A with its interval (null: nothing to pair), and what to say beside it. */
export interface DifferenceRow {
  /** The outcome or check the row is about. */
  readonly label: string;
  /** B − A with its 95% interval, in the measure's own units (a share from −1 to 1); null when it could not be paired. */
  readonly difference: PairedDifference | null;
  /** Said after the numbers (the variance reduction), or instead of them when the difference is null. */
  readonly aside: string;
}

/** How a chart shows its values: a factor to the units it prints, the units' name and the decimals. */
export interface DifferenceUnits {
  /** Multiplies a value to the units shown (100 turns a share into percentage points). */
  readonly scale: number;
  /** Shown after a number ("pt", "d", or "" for a count). */
  readonly unit: string;
  /** The axis title, under the axis. */
  readonly title: string;
  /** Decimals of the numbers beside the rows. */
  readonly digits: number;
}

const row = 30;
const axisWidth = 420;
const estimateColour = '#0072B2';
const noiseColour = '#777';

/** A round tick step near `x`: 1, 2 or 5 times a power of ten. */
function niceStep(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  return ([1, 2, 5, 10].find((m) => m * p >= x) ?? 10) * p;
}

/** The data-* attributes of a chart's svg element, escaped. */
const attributes = (attrs: Readonly<Record<string, string>>) =>
  Object.entries(attrs)
    .map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`)
    .join('');

/**
 * Paired differences B − A as an inline SVG dot-and-whisker (forest) plot: per row a dot at the
 * difference and a whisker over its 95% interval, on one axis through zero; the zero line is
 * drawn dark, and a row whose interval excludes zero (a difference Monte Carlo noise cannot
 * explain) has a filled blue dot, one that includes it a hollow grey one. The numbers and `aside`
 * are written beside each row. Pure and deterministic.
 */
export function differenceChart(attrs: Readonly<Record<string, string>>, rows: readonly DifferenceRow[], units: DifferenceUnits, label: string): string {
  const shown = (x: number) => x * units.scale;
  const withUnit = (x: number) => `${signed(x, units.digits)}${units.unit ? ` ${units.unit}` : ''}`;
  const labelWidth = Math.max(80, ...rows.map((r) => textWidth(r.label))) + 12;
  const numbers = rows.map((r) => {
    const d = r.difference;
    if (!d) return r.aside;
    return `${withUnit(shown(d.diff))} (95% CI ${signed(shown(d.ci95[0]), units.digits)} … ${signed(shown(d.ci95[1]), units.digits)})${r.aside ? ` · ${r.aside}` : ''}`;
  });
  const width = labelWidth + axisWidth + 16 + Math.max(0, ...numbers.map(textWidth)) + 8;
  const top = 8;
  const axis = top + Math.max(1, rows.length) * row + 4;
  const height = axis + fontSize * 2 + 16;

  // The axis runs over every interval and zero, out to round ticks; all zero gives ±1 unit.
  const ends = rows.flatMap((r) => (r.difference ? r.difference.ci95.map(shown) : []));
  let lo = Math.min(0, ...ends);
  let hi = Math.max(0, ...ends);
  if (hi - lo === 0) [lo, hi] = [-1, 1];
  const step = niceStep((hi - lo) / 4);
  lo = Math.floor(lo / step - 1e-9) * step;
  hi = Math.ceil(hi / step + 1e-9) * step;
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const x = (v: number) => labelWidth + ((v - lo) / (hi - lo)) * axisWidth;

  const parts: string[] = [];
  for (let i = 0; lo + i * step <= hi + step / 2; i++) {
    const t = Number((lo + i * step).toFixed(decimals));
    parts.push(`<line x1="${px(x(t))}" y1="${top}" x2="${px(x(t))}" y2="${axis}" stroke="#ddd"/>`);
    parts.push(`<text x="${px(x(t))}" y="${axis + fontSize + 2}" text-anchor="middle" fill="#555">${t === 0 ? '0' : signed(t, decimals)}</text>`);
  }
  parts.push(`<path class="zero" d="M${px(x(0))} ${top - 4}V${axis}" stroke="#222" stroke-width="2"><title>zero: no difference</title></path>`);
  parts.push(`<text x="${px(labelWidth + axisWidth / 2)}" y="${axis + fontSize * 2 + 8}" text-anchor="middle" fill="#555">${escapeHtml(units.title)}</text>`);
  rows.forEach((r, i) => {
    const y = top + i * row;
    const mid = y + row / 2;
    const d = r.difference;
    const excludes = d !== null && (d.ci95[0] > 0 || d.ci95[1] < 0);
    parts.push(
      `<g class="difference" data-label="${escapeHtml(r.label)}" data-excludes-zero="${excludes}"><title>${escapeHtml(`${r.label}: ${numbers[i]}`)}</title>`,
      `<text x="${labelWidth - 8}" y="${px(mid + 5)}" text-anchor="end">${escapeHtml(r.label)}</text>`,
    );
    if (d) {
      const [a, b] = d.ci95.map(shown) as [number, number];
      const colour = excludes ? estimateColour : noiseColour;
      parts.push(
        `<path class="interval" d="M${px(x(a))} ${mid}H${px(x(b))}M${px(x(a))} ${mid - 7}V${mid + 7}M${px(x(b))} ${mid - 7}V${mid + 7}" stroke="${colour}" stroke-width="2" fill="none"/>`,
        `<circle class="estimate" cx="${px(x(shown(d.diff)))}" cy="${mid}" r="5.5" fill="${excludes ? colour : '#fff'}" stroke="${colour}" stroke-width="2"/>`,
      );
    }
    parts.push(`<text x="${labelWidth + axisWidth + 16}" y="${px(mid + 5)}"${d ? '' : ' fill="#555"'}>${escapeHtml(numbers[i]!)}</text></g>`);
  });
  return `<svg${attributes(attrs)} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="${fontSize}" role="img" aria-label="${escapeHtml(label)}">${parts.join('')}</svg>`;
}
