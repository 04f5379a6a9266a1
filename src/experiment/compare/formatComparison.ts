import { csvField } from '../../eventLog/csvLog.js';
import { compareHtml } from '../../report/html/compareHtml.js';
import { armText } from './armText.js';
import type { CompareResult, PairedDifference, VarianceReduction } from './CompareResult.js';
import { ratioText } from './ratioText.js';
import { signed } from './signed.js';

/** Output formats of a comparison. */
export const comparisonFormats = ['table', 'json', 'csv', 'html'] as const;

/** One of the comparison formats. */
export type ComparisonFormat = (typeof comparisonFormats)[number];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pp = (x: number) => signed(x * 100, 2);
const ci = (d: PairedDifference, f: (x: number) => string) => `${f(d.ci95[0])} … ${f(d.ci95[1])}`;
const days = (x: number) => x.toFixed(1);
const int = (x: number) => x.toLocaleString('en-US');

/** A variance reduction in a narrow column: ×N, ∞ when only pairing removed the noise, — when there was none. */
function shortRatio(v: VarianceReduction): string {
  return v.ratio !== null ? ratioText(v) : v.independent > 0 ? '∞' : '—';
}

/** The comparison as a readable table: per kind, each outcome's shares and median days under A and B, B − A with its paired interval, and the variance reduction. */
function table(r: CompareResult): string {
  const { a, b } = r.arms;
  const lines = [
    `compare — seed ${r.seed}, ${r.replications} replications per arm on common random numbers, engine ${r.engine}`,
    `  A: ${armText(a.scenario, b.scenario)}`,
    `  B: ${armText(b.scenario, a.scenario)}`,
    '(a descriptive model of a historical policy, for study: not for decisions about real people)',
  ];
  for (const [kind, outcomes] of Object.entries(r.differences)) {
    lines.push('', `${kind} — ${int(a.scenario.population[kind]?.['count'] ?? 0)} cases (A), ${int(b.scenario.population[kind]?.['count'] ?? 0)} (B) per replication`);
    lines.push(
      `  ${'outcome'.padEnd(22)}${'A'.padStart(7)}${'B'.padStart(7)}${'B − A pt'.padStart(10)}  ${'95% CI pt'.padEnd(18)}${'median d A'.padStart(11)}${'B'.padStart(7)}${'B − A'.padStart(8)}  ${'95% CI d'.padEnd(16)}${'var. ÷ d'.padStart(9)}  var. ÷ share`,
    );
    for (const [name, d] of Object.entries(outcomes)) {
      const s = d.share;
      const m = d.medianDays;
      const median = m ? `${days(m.a).padStart(11)}${days(m.b).padStart(7)}${signed(m.diff, 1).padStart(8)}  ${ci(m, (x) => signed(x, 1)).padEnd(16)}` : `${''.padStart(11 + 7 + 8 + 2 + 16)}`;
      const medianRatio = d.medianDaysVarianceReduction ? shortRatio(d.medianDaysVarianceReduction) : '';
      lines.push(`  ${name.padEnd(22)}${pct(s.a).padStart(7)}${pct(s.b).padStart(7)}${pp(s.diff).padStart(10)}  ${ci(s, pp).padEnd(18)}${median}${medianRatio.padStart(9)}  ${ratioText(d.varianceReduction)}`);
    }
  }
  if (r.record && r.record.length > 0) {
    lines.push('', 'record checks, B − A (each check\u2019s estimate per replication, paired):');
    for (const c of r.record) {
      const d = c.difference;
      const isShare = c.measure.quantile === undefined && c.measure.scale === undefined;
      const f = isShare ? pp : (x: number) => signed(x, 2);
      const unit = isShare ? ' pt' : c.measure.quantile !== undefined ? ' d' : '';
      lines.push(`  ${c.id}: ${d ? `A ${isShare ? pct(d.a) : d.a} → B ${isShare ? pct(d.b) : d.b}, B − A ${f(d.diff)}${unit}, 95% CI ${ci(d, f)}${unit}` : 'fewer than 2 replications could count it in both arms'}`);
    }
  }
  const overall = r.varianceReduction;
  lines.push(
    '',
    `B − A: each replication's difference is one observation; the 95% interval is Student's t across the ${r.replications} of them`,
    '(pt = percentage points; median d = each replication\u2019s median days to the outcome, averaged). It measures Monte Carlo',
    'noise given the scenarios\u2019 assumptions — not uncertainty about history.',
    `var. ÷ = variance of B − A with B rerun on the independent seed ${r.independentSeed}, over the paired variance (measured);`,
    'for the median days over the replications where all three runs reached the outcome (∞: the arms agree there in every replication).',
    overall === null
      ? 'Overall: no share changes in any replication — the arms reach the same outcomes in every case (what differs between them, such as a punishment mark, is not an outcome), so the paired differences carry no noise at all.'
      : `Overall, over the shares the arms change: ×${overall.toFixed(1)} — the paired intervals are ${Math.sqrt(overall).toFixed(1)}× narrower than independent runs of the same size.`,
  );
  if (r.notes.length > 0) lines.push('', 'notes:', ...r.notes.map((n) => `  - ${n}`));
  return `${lines.join('\n')}\n`;
}

/** The comparison as CSV: one row per kind and outcome; then, when there are record checks, a blank line and one row per check. */
function csv(r: CompareResult): string {
  const row = (xs: readonly (string | number | null | undefined)[]) => xs.map((x) => csvField(x === null || x === undefined ? '' : String(x))).join(',');
  const rows = [
    'kind,outcome,share_a,share_b,share_diff,share_ci95_low,share_ci95_high,median_days_a,median_days_b,median_days_diff,median_days_ci95_low,median_days_ci95_high,variance_paired,variance_independent,variance_reduction,median_days_variance_paired,median_days_variance_independent,median_days_variance_reduction',
  ];
  for (const [kind, outcomes] of Object.entries(r.differences)) {
    for (const [name, d] of Object.entries(outcomes)) {
      const s = d.share;
      const m = d.medianDays;
      const v = d.varianceReduction;
      const mv = d.medianDaysVarianceReduction;
      rows.push(row([kind, name, s.a, s.b, s.diff, s.ci95[0], s.ci95[1], m?.a, m?.b, m?.diff, m?.ci95[0], m?.ci95[1], v.paired, v.independent, v.ratio, mv?.paired, mv?.independent, mv?.ratio]));
    }
  }
  if (r.record && r.record.length > 0) {
    rows.push('', 'check,a,b,diff,ci95_low,ci95_high,replications');
    for (const c of r.record) {
      const d = c.difference;
      rows.push(row([c.id, d?.a, d?.b, d?.diff, d?.ci95[0], d?.ci95[1], d?.replications]));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** Renders a comparison as a table, JSON (the CompareResult object), CSV or one self-contained HTML page. Pure. */
export function formatComparison(result: CompareResult, format: ComparisonFormat): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (format === 'html') return compareHtml(result);
  return format === 'csv' ? csv(result) : table(result);
}
