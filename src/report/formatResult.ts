import type { SimulationResult } from '../simulate/SimulationResult.js';
import { csvField } from '../eventLog/csvLog.js';
import { reportHtml } from './html/reportHtml.js';
import { recordLines } from './recordLines.js';
import { recordRows } from './recordRows.js';

/** Output formats of a simulation result. */
export const resultFormats = ['table', 'json', 'csv', 'html'] as const;

/** One of the result formats. */
export type ResultFormat = (typeof resultFormats)[number];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const int = (x: number) => x.toLocaleString('en-US');
const days = (x: number | undefined) => (x === undefined ? '' : x.toFixed(1));

/** The result as a readable table: per kind, outcomes with share, 95% interval and times; the top paths. */
function table(r: SimulationResult): string {
  const lines = [
    `${r.scenario.name} — seed ${r.seed}, ${r.replications} replications, engine ${r.engine}, ${r.scenario.startDate} + ${r.scenario.horizonDays} days`,
    `readings: ${Object.entries(r.scenario.readings).map(([k, v]) => `${k}=${v}`).join(', ')}`,
    '(a descriptive model of a historical policy, for study: not for decisions about real people)',
  ];
  for (const [kind, outcomes] of Object.entries(r.outcomes)) {
    const n = Object.values(outcomes).reduce((a, o) => a + o.count, 0);
    lines.push('', `${kind} — ${int(n / r.replications)} cases × ${r.replications} replications`);
    lines.push(`  ${'outcome'.padEnd(22)}${'count'.padStart(10)}${'share'.padStart(8)}  ${'95% CI'.padEnd(15)}${'mean d'.padStart(8)}${'median d'.padStart(10)}${'p90 d'.padStart(8)}`);
    for (const [name, o] of Object.entries(outcomes)) {
      const t = r.timeToOutcomeDays[kind]?.[name];
      const ci = `${pct(o.ci95[0])}–${pct(o.ci95[1])}`;
      lines.push(
        `  ${name.padEnd(22)}${int(o.count).padStart(10)}${pct(o.share).padStart(8)}  ${ci.padEnd(15)}${days(t?.mean).padStart(8)}${days(t?.median).padStart(10)}${days(t?.p90).padStart(8)}`,
      );
    }
    // A case open at the horizon waits in a state whose next act had not come: on paper the
    // policy goes on, in the run it did not. Say where they wait, in words, from the paths.
    const waiting = new Map<string, number>();
    for (const p of r.paths[kind] ?? []) {
      const last = p.path.slice(p.path.lastIndexOf('>') + 1);
      if (!Object.hasOwn(outcomes, last)) waiting.set(last, (waiting.get(last) ?? 0) + p.count);
    }
    if (waiting.size > 0) {
      const where = [...waiting].map(([state, count]) => `${state} ${pct(count / n)}`).join(', ');
      lines.push(`  still open at the horizon (the next step never came before it), waiting in: ${where}`);
    }
    const top = r.paths[kind]?.slice(0, 4) ?? [];
    if (top.length > 0) lines.push('  most common paths:', ...top.map((p) => `    ${pct(p.share).padStart(6)}  ${p.path}`));
  }
  if (r.record && r.record.length > 0) lines.push('', ...recordLines(r.record));
  return `${lines.join('\n')}\n`;
}

/** The result as CSV: one row per kind and outcome; then, when the scenario has a record, a blank line and one row per check. */
function csv(r: SimulationResult): string {
  const rows = ['kind,outcome,count,share,ci95_low,ci95_high,mean_days,median_days,p90_days'];
  for (const [kind, outcomes] of Object.entries(r.outcomes)) {
    for (const [name, o] of Object.entries(outcomes)) {
      const t = r.timeToOutcomeDays[kind]?.[name];
      rows.push([kind, name, o.count, o.share, o.ci95[0], o.ci95[1], t?.mean ?? '', t?.median ?? '', t?.p90 ?? ''].map((x) => csvField(String(x))).join(','));
    }
  }
  if (r.record && r.record.length > 0) rows.push('', ...recordRows(r.record));
  return `${rows.join('\r\n')}\r\n`;
}

/** Renders a result as a table, the contract JSON (design §7), CSV, or the self-contained HTML report. Pure. */
export function formatResult(result: SimulationResult, format: ResultFormat): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (format === 'html') return reportHtml(result);
  return format === 'csv' ? csv(result) : table(result);
}
