import { readings, type Reading } from '../../../machines/index.js';
import type { SimulationResult } from '../../simulate/SimulationResult.js';
import { escapeHtml } from './escapeHtml.js';
import { pageHead } from './pageHead.js';
import { pathSankey, sankeySteps } from './pathSankey.js';
import { recordSection } from './recordSection.js';
import { sharesChart } from './sharesChart.js';
import { timesChart } from './timesChart.js';

/** The disclaimer every output of the model carries. */
export const disclaimer = 'A descriptive model of a historical policy, for study: not for decisions about people.';

/** One kind's section: its shares with intervals, its paths as a Sankey diagram, its times to outcome. */
function kindSection(r: SimulationResult, kind: string): string {
  const outcomes = r.outcomes[kind] ?? {};
  const cases = Object.values(outcomes).reduce((a, o) => a + o.count, 0);
  const perRep = (cases / r.replications).toLocaleString('en-US', { maximumFractionDigits: 1 });
  const id = `kind-${escapeHtml(kind)}`;
  return [
    `<section class="kind" id="${id}" data-kind="${escapeHtml(kind)}"><h2>${escapeHtml(kind)}</h2>`,
    `<p>${perRep} cases × ${r.replications} replications. Each share is of all ${cases.toLocaleString('en-US')} cases; the error bar is its 95% interval across replications (Monte Carlo noise only).</p>`,
    '<h3>Outcome shares</h3>',
    `<div class="scroll">${sharesChart(kind, outcomes)}</div>`,
    '<h3>Paths</h3>',
    `<p class="legend">A column per step of a case\u2019s path, a node per state reached at that step (its height: the cases there), a band per move between states. A path that stops before the last column ended there: in an outcome, or still open at the horizon. Paths longer than ${sankeySteps} steps are gathered after step ${sankeySteps} as \u201c\u2026\u201d. Hover for counts.</p>`,
    `<div class="scroll">${pathSankey(kind, r.paths[kind] ?? [], Object.keys(outcomes))}</div>`,
    '<h3>Time to outcome</h3>',
    '<p class="legend">Days from a case\u2019s start to its outcome, among the cases that reached it: the band runs to the 90th percentile, the bar marks the median, the diamond the mean.</p>',
    `<div class="scroll">${timesChart(kind, r.timeToOutcomeDays[kind] ?? {}, Object.keys(outcomes))}</div>`,
    '</section>',
  ].join('\n');
}

/** The readings in force, each with what its option means (when this version of the model knows it). */
function readingsSection(r: SimulationResult): string {
  const known = readings as Readonly<Record<string, Reading>>;
  const rows = Object.entries(r.scenario.readings).map(([id, option]) => {
    const reading = Object.hasOwn(known, id) ? known[id] : undefined;
    const meaning = reading && Object.hasOwn(reading.options, option) ? reading.options[option]!.description : '';
    const clauses = reading ? reading.clauses.join(', ') : '';
    const mark = reading?.default === option ? ' <small>(default)</small>' : '';
    return `<tr><td><b>${escapeHtml(id)}</b></td><td>${escapeHtml(option)}${mark}</td><td>${escapeHtml(clauses)}</td><td>${escapeHtml(meaning)}</td></tr>`;
  });
  return [
    '<section id="readings"><h2>Readings used</h2>',
    '<p>Where the cable\u2019s text is ambiguous the model makes a reading; these were in force for this run (<code>cable1957 readings</code> lists every option and why the default).</p>',
    `<div class="scroll"><table data-section="readings"><thead><tr><th>reading</th><th>option</th><th>clauses</th><th>what the model does</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`,
  ].join('\n');
}

/**
 * A simulation result as ONE self-contained HTML page: per kind the outcome shares with their 95%
 * intervals, a Sankey diagram of the paths and the times to outcome (inline SVG drawn here, no
 * script, no external resource: it opens offline from disk), the readings used, the record checks
 * when the scenario has them, the scenario's sources and the disclaimer. Pure and deterministic:
 * the same result gives the same bytes.
 */
export function reportHtml(r: SimulationResult): string {
  const s = r.scenario;
  const kinds = Object.keys(r.outcomes);
  const record = r.record && r.record.length > 0 ? recordSection(r.record) : '';
  const nav = [...kinds.map((k) => `<a href="#kind-${escapeHtml(k)}">${escapeHtml(k)}</a>`), '<a href="#readings">readings</a>', ...(record ? ['<a href="#record">model vs record</a>'] : []), '<a href="#sources">sources</a>'];
  return `${pageHead(`cable1957 report: ${s.name}`)}<header>
<h1>${escapeHtml(`cable1957 \u2014 ${s.name}`)}</h1>
<p>Monte Carlo run of the PRC cable of 17 December 1957 as statecharts: seed ${r.seed}, ${r.replications} replications, engine ${escapeHtml(r.engine)}, from ${escapeHtml(s.startDate)} for ${s.horizonDays} days.</p>
<p class="disclaimer" data-section="disclaimer"><b>${escapeHtml(disclaimer)}</b></p>
<p>${escapeHtml(s.description)}</p>
<nav>${nav.join(' · ')}</nav>
</header>
<main>
${kinds.map((k) => kindSection(r, k)).join('\n')}
${readingsSection(r)}
${record}
<section id="sources"><h2>Sources</h2>
<p>Where the scenario\u2019s figures come from; figures with no source are assumptions.</p>
<ul data-section="sources">${s.sources.map((src) => `<li>${escapeHtml(src)}</li>`).join('')}</ul>
</section>
</main>
<footer><p class="disclaimer">${escapeHtml(disclaimer)} Written by <code>cable1957</code> from the result JSON of <code>simulate --format json</code>.</p></footer>
</body>
</html>
`;
}
