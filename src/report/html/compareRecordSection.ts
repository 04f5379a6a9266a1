import type { RecordDifference } from '../../experiment/compare/CompareResult.js';
import type { Measure } from '../../record/RecordCheck.js';
import { describeMeasure, showMeasured } from '../describeCheck.js';
import { differenceChart, type DifferenceUnits } from './differenceChart.js';
import { escapeHtml } from './escapeHtml.js';

/** A check's units: percentage points for a share, days for a time, cases for a count. */
function unitsOf(m: Measure): DifferenceUnits {
  if (m.quantile !== undefined) return { scale: 1, unit: 'd', digits: 2, title: 'B \u2212 A, days' };
  if (m.scale !== undefined) return { scale: 1, unit: '', digits: 2, title: 'B \u2212 A, cases per replication' };
  return { scale: 100, unit: 'pt', digits: 2, title: 'B \u2212 A, percentage points' };
}

/** The record checks both arms carry: per check its measure, A and B, and B − A with its interval drawn on the check's own axis. Pure. */
export function compareRecordSection(record: readonly RecordDifference[]): string {
  const rows = record.map((c) => {
    const d = c.difference;
    const chart = differenceChart(
      { chart: 'record-diff', check: c.id },
      [{ label: c.id, difference: d, aside: d ? '' : 'fewer than 2 replications could count it in both arms' }],
      unitsOf(c.measure),
      `${c.id}: B \u2212 A in the check's estimate, with its 95% interval`,
    );
    const arms = d ? `A ${showMeasured(c.measure, d.a)} \u2192 B ${showMeasured(c.measure, d.b)}` : '';
    return `<tr class="check" data-check="${escapeHtml(c.id)}"><td><b>${escapeHtml(c.id)}</b><br><small>${escapeHtml(describeMeasure(c.measure))}</small><br>${escapeHtml(arms)}</td><td>${chart}</td></tr>`;
  });
  return [
    '<section id="record"><h2>Record checks, B \u2212 A</h2>',
    '<p>Each check\u2019s estimate per replication, paired like the outcomes: how far the other reading or scenario moves the model against what the record says. A check\u2019s verdict is in the report of each arm (<code>cable1957 report</code> of a simulate result).</p>',
    `<div class="scroll"><table data-section="record"><thead><tr><th>check</th><th>B \u2212 A with its 95% interval</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`,
    '</section>',
  ].join('\n');
}
