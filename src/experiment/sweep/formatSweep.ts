import { csvField } from '../../eventLog/csvLog.js';
import type { SweepResult } from './SweepResult.js';

/** The output formats of `sweep`. */
export const sweepFormats = ['csv', 'json', 'table'] as const;

/** The tidy CSV: one row per point × kind × outcome; then, when the scenario has record checks, a blank line and one row per point × check. */
function csv(r: SweepResult): string {
  const keys = Object.keys(r.ranges);
  const line = (fields: readonly unknown[]) => fields.map((x) => csvField(x === null ? '' : String(x))).join(',');
  const lines = [line(['point', ...keys, 'kind', 'outcome', 'replications', 'share', 'ci95_low', 'ci95_high', 'half_width', 'median_days', 'stopped'])];
  for (const row of r.rows) {
    lines.push(line([row.point, ...keys.map((k) => row.values[k]), row.kind, row.outcome, row.replications, row.share, row.ci95[0], row.ci95[1], row.halfWidth, row.medianDays, row.stopped]));
  }
  if (r.checks && r.checks.length > 0) {
    lines.push('', line(['point', ...keys, 'check', 'replications', 'estimate', 'ci95_low', 'ci95_high', 'half_width', 'verdict', 'stopped']));
    for (const c of r.checks) {
      lines.push(line([c.point, ...keys.map((k) => c.values[k]), c.check, c.replications, c.estimate, c.ci95?.[0] ?? null, c.ci95?.[1] ?? null, c.halfWidth, c.verdict, c.stopped]));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A short table: one line per point — its values, replications, why it stopped, each target's estimate ± half-width. */
function table(r: SweepResult, seconds?: number): string {
  const keys = Object.keys(r.ranges);
  const shortKey = (k: string) => k.split('.').slice(1).join('.') || k;
  const targetName = (t: SweepResult['targets'][number]) => ('check' in t ? t.check : `${t.kind} ${t.outcome}`);
  const head = [`sweep ${r.scenario.name} — seed ${r.seed}, ${r.points.length} points (${r.design === 'grid' ? 'grid' : 'Latin hypercube'}), batches of ${r.batch}, at most ${r.maxReplications} replications, engine ${r.engine}`];
  head.push(r.targets.length > 0 ? `targets: ${r.targets.map((t) => `${targetName(t)} ±${'check' in t ? t.halfWidth : pct(t.halfWidth)}`).join('; ')}` : 'no targets: every point runs maxReplications');
  const columns = ['point', ...keys.map(shortKey), 'reps', 'stopped', ...r.targets.map(targetName)];
  const body = r.points.map((p) => {
    const cells = r.targets.map((t) => {
      if ('check' in t) {
        const c = r.checks?.find((x) => x.point === p.point && x.check === t.check);
        return c?.estimate == null ? '—' : `${c.estimate} ±${c.halfWidth}`;
      }
      const row = r.rows.find((x) => x.point === p.point && x.kind === t.kind && x.outcome === t.outcome);
      return row ? `${pct(row.share)} ±${pct(row.halfWidth)}` : '—';
    });
    return [String(p.point), ...keys.map((k) => String(p.values[k])), String(p.replications), p.stopped, ...cells];
  });
  const widths = columns.map((c, i) => Math.max(c.length, ...body.map((b) => b[i]!.length)));
  const fmt = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const atTarget = r.points.filter((p) => p.stopped === 'target').length;
  const tail = [`${atTarget} of ${r.points.length} points met every target; ${r.points.length - atTarget} stopped at maxReplications`];
  const rate = seconds !== undefined && seconds > 0 ? `: ${Math.round(r.cases / seconds).toLocaleString('en-US')} cases/s` : '';
  tail.push(`${r.cases.toLocaleString('en-US')} cases${seconds !== undefined ? ` in ${seconds.toFixed(1)} s${rate}` : ''}; every row (kind × outcome) with --format csv or json`);
  return `${[...head, '', fmt(columns), ...body.map(fmt), '', ...tail].join('\n')}\n`;
}

/** Renders a sweep's result: tidy CSV, its JSON (identical between runs), or a short table (with `seconds`, the rate). Pure. */
export function formatSweep(result: SweepResult, format: (typeof sweepFormats)[number], seconds?: number): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  return format === 'csv' ? csv(result) : table(result, seconds);
}
