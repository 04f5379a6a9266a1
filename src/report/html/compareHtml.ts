import { armText } from '../../experiment/compare/armText.js';
import type { CompareResult } from '../../experiment/compare/CompareResult.js';
import { escapeHtml } from './escapeHtml.js';
import { pageHead } from './pageHead.js';
import { compareHowToRead } from './compareHowToRead.js';
import { compareKindSection } from './compareKindSection.js';
import { compareRecordSection } from './compareRecordSection.js';
import { disclaimer } from './reportHtml.js';

/** The readings in which the arms differ, side by side. */
function readingsSection(r: CompareResult): string {
  const a = r.arms.a.scenario.readings;
  const b = r.arms.b.scenario.readings;
  const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((id) => a[id] !== b[id]);
  if (ids.length === 0) return '';
  const rows = ids.map((id) => `<tr><td><b>${escapeHtml(id)}</b></td><td>${escapeHtml(a[id] ?? '\u2014')}</td><td>${escapeHtml(b[id] ?? '\u2014')}</td></tr>`);
  return [
    '<section id="readings"><h2>Readings that differ</h2>',
    '<p>Every other reading is the same in both arms (<code>cable1957 readings</code> explains each option).</p>',
    `<div class="scroll"><table data-section="readings"><thead><tr><th>reading</th><th>A</th><th>B</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`,
  ].join('\n');
}

/** The overall variance reduction in words. */
function overall(r: CompareResult): string {
  const v = r.varianceReduction;
  if (v === null) {
    return 'No share changes in any replication: the arms reach the same outcomes in every case (what differs between them is not an outcome), so the paired differences carry no noise at all.';
  }
  return `Variance reduction, measured over the shares the arms change: \u00d7${v.toFixed(1)} (B rerun on the independent seed ${r.independentSeed}). The paired intervals are ${Math.sqrt(v).toFixed(1)}\u00d7 narrower than independent runs of the same size would give.`;
}

/**
 * A comparison (the result of `cable1957 compare`) as ONE self-contained HTML page: the arms,
 * how to read it, per kind B − A in share and in median days as forest plots with 95% intervals
 * and a table with the measured variance reduction, the record checks' differences, the readings
 * that differ and the notes. Inline SVG, no script, no external resource. Pure and deterministic.
 */
export function compareHtml(r: CompareResult): string {
  const { a, b } = r.arms;
  const kinds = Object.keys(r.differences);
  const record = r.record && r.record.length > 0 ? compareRecordSection(r.record) : '';
  const readings = readingsSection(r);
  const nav = [
    '<a href="#how">how to read this</a>',
    ...kinds.map((k) => `<a href="#kind-${escapeHtml(k)}">${escapeHtml(k)}</a>`),
    ...(record ? ['<a href="#record">record checks</a>'] : []),
    ...(readings ? ['<a href="#readings">readings</a>'] : []),
    ...(r.notes.length > 0 ? ['<a href="#notes">notes</a>'] : []),
  ];
  const notes = r.notes.length > 0 ? `<section id="notes"><h2>Notes</h2>\n<ul data-section="notes">${r.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul></section>` : '';
  return `${pageHead(`cable1957 compare: ${armText(a.scenario, b.scenario)} vs ${armText(b.scenario, a.scenario)}`)}<header>
<h1>cable1957 \u2014 compare</h1>
<ul data-section="arms"><li><b>A</b>: ${escapeHtml(armText(a.scenario, b.scenario))}</li><li><b>B</b>: ${escapeHtml(armText(b.scenario, a.scenario))}</li></ul>
<p>Both arms on seed ${r.seed}, ${r.replications} replications each, on common random numbers; engine ${escapeHtml(r.engine)}.</p>
<p class="disclaimer" data-section="disclaimer"><b>${escapeHtml(disclaimer)}</b></p>
<p data-section="variance-reduction">${escapeHtml(overall(r))}</p>
<nav>${nav.join(' \u00b7 ')}</nav>
</header>
<main>
<section id="how"><h2>How to read this</h2>
<div class="caveat" data-section="how">${compareHowToRead.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</div>
</section>
${kinds.map((k) => compareKindSection(r, k)).join('\n')}
${record}
${readings}
${notes}
</main>
<footer><p class="disclaimer">${escapeHtml(disclaimer)} Written by <code>cable1957</code> from the result of <code>compare</code>.</p></footer>
</body>
</html>
`;
}
