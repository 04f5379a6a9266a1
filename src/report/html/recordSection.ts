import type { RecordResult } from '../../record/RecordCheck.js';
import { describeExpectation, describeMeasure, showMeasured } from '../describeCheck.js';
import { escapeHtml } from './escapeHtml.js';
import { recordChart } from './recordChart.js';

/** What a verdict can and cannot mean: the same words as the table output's "model vs record". */
export const recordCaveat =
  'The machines state the policy on paper; the scenario assumes how it was carried out. A check the model fails is a finding about practice or about those assumptions, never a reason to edit a machine. The interval is Monte Carlo noise only, not uncertainty about history or about how the check reads its source.';

/** The "model vs record" section: per check, the measure, the model's estimate and interval, what the record leads us to expect, and the verdict. Pure. */
export function recordSection(record: readonly RecordResult[]): string {
  const rows = record.map((r) => {
    const model =
      r.model.estimate === null || r.model.ci95 === null
        ? 'no estimate'
        : `${showMeasured(r.measure, r.model.estimate)} (95% CI ${showMeasured(r.measure, r.model.ci95[0])}–${showMeasured(r.measure, r.model.ci95[1])})`;
    const note = r.note ? `<br><small>${escapeHtml(r.note)}</small>` : '';
    return (
      `<tr class="check" data-check="${escapeHtml(r.id)}"><td><span class="verdict ${escapeHtml(r.verdict)}">${escapeHtml(r.verdict)}</span></td>` +
      `<td><b>${escapeHtml(r.id)}</b><br><small>${escapeHtml(r.use)}</small></td><td>${escapeHtml(describeMeasure(r.measure))}</td>` +
      `<td>${escapeHtml(model)}${note}</td><td>${escapeHtml(describeExpectation(r.measure, r.expect))}</td><td>${recordChart(r)}</td></tr>` +
      // What the source says gets a row of its own: it is the longest text, and the reason for the check.
      `<tr class="says"><td></td><td colspan="5">${escapeHtml(r.says)}<br><small>${escapeHtml(r.source)}</small></td></tr>`
    );
  });
  const tally = (v: string) => record.filter((r) => r.verdict === v).length;
  return [
    '<section id="record"><h2>Model vs record</h2>',
    `<p class="caveat">${escapeHtml(recordCaveat)}</p>`,
    '<div class="scroll"><table data-section="record"><thead><tr><th>verdict</th><th>check</th><th>measure</th><th>model</th><th>the record</th><th>model (bar) vs record (shaded)</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table></div>`,
    `<p>${tally('consistent')} consistent, ${tally('inconsistent')} inconsistent, ${tally('undecided')} undecided (undecided: the interval straddles the expected bound; more replications may decide it).</p></section>`,
  ].join('\n');
}
