import type { CompareResult, OutcomeDifference, PairedDifference } from '../../experiment/compare/CompareResult.js';
import { ratioText } from '../../experiment/compare/ratioText.js';
import { signed } from '../../experiment/compare/signed.js';
import { OPEN } from '../../stats/KindTally.js';
import { differenceChart } from './differenceChart.js';
import { escapeHtml } from './escapeHtml.js';
import { pct } from './svgFormat.js';

/** Percentage points, signed, two decimals. */
const pp = (x: number) => signed(x * 100, 2);

/** A difference and its interval as table cells, or empty cells. */
function cells(d: PairedDifference | null, show: (x: number) => string, diff: (x: number) => string): string {
  if (!d) return '<td></td><td></td><td></td><td></td>';
  return `<td>${show(d.a)}</td><td>${show(d.b)}</td><td>${diff(d.diff)}</td><td>${diff(d.ci95[0])} \u2026 ${diff(d.ci95[1])}</td>`;
}

/** One row of the kind's table. */
function tableRow(name: string, d: OutcomeDifference): string {
  const days = (x: number) => x.toFixed(1);
  return `<tr data-outcome="${escapeHtml(name)}"><td><b>${escapeHtml(name)}</b></td>${cells(d.share, pct, pp)}<td>${escapeHtml(ratioText(d.varianceReduction))}</td>${cells(d.medianDays, days, (x) => signed(x, 1))}<td>${d.medianDaysVarianceReduction ? escapeHtml(ratioText(d.medianDaysVarianceReduction)) : ''}</td></tr>`;
}

/**
 * One kind of a comparison: B − A in each outcome's share as a forest plot, the same for the
 * median days to each outcome, each with its measured variance reduction, and a table of every
 * number. Pure.
 */
export function compareKindSection(r: CompareResult, kind: string): string {
  const outcomes = Object.entries(r.differences[kind] ?? {});
  const count = (arm: 'a' | 'b') => (r.arms[arm].scenario.population[kind]?.['count'] ?? 0).toLocaleString('en-US');
  const shares = differenceChart(
    { chart: 'share-diff', kind },
    outcomes.map(([name, d]) => ({ label: name, difference: d.share, aside: `var. \u00f7 ${ratioText(d.varianceReduction)}` })),
    { scale: 100, unit: 'pt', digits: 2, title: 'B \u2212 A, percentage points of the kind\u2019s cases' },
    `${kind}: B \u2212 A in each outcome's share, with 95% intervals`,
  );
  const timed = outcomes.filter(([name]) => name !== OPEN);
  const days = differenceChart(
    { chart: 'days-diff', kind },
    timed.map(([name, d]) => ({
      label: name,
      difference: d.medianDays,
      aside: !d.medianDays ? 'no median: fewer than 2 replications reached it in both arms' : d.medianDaysVarianceReduction ? `var. \u00f7 ${ratioText(d.medianDaysVarianceReduction)}` : '',
    })),
    { scale: 1, unit: 'd', digits: 1, title: 'B \u2212 A, days (each replication\u2019s median days to the outcome)' },
    `${kind}: B \u2212 A in the median days to each outcome, with 95% intervals`,
  );
  return [
    `<section class="kind" id="kind-${escapeHtml(kind)}" data-kind="${escapeHtml(kind)}"><h2>${escapeHtml(kind)}</h2>`,
    `<p>${count('a')} cases per replication in A, ${count('b')} in B, ${r.replications} replications paired.</p>`,
    '<h3>Difference in outcome share</h3>',
    `<div class="scroll">${shares}</div>`,
    '<h3>Difference in median days to the outcome</h3>',
    `<div class="scroll">${days}</div>`,
    '<h3>The numbers</h3>',
    '<div class="scroll"><table data-section="differences"><thead><tr><th>outcome</th><th>share A</th><th>B</th><th>B \u2212 A pt</th><th>95% CI pt</th><th>var. \u00f7 share</th><th>median d A</th><th>B</th><th>B \u2212 A d</th><th>95% CI d</th><th>var. \u00f7 d</th></tr></thead>',
    `<tbody>${outcomes.map(([name, d]) => tableRow(name, d)).join('')}</tbody></table></div>`,
    '</section>',
  ].join('\n');
}
