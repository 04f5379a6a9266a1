import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedScenarios } from '../../../../machines/index.js';
import { reportHtml, disclaimer } from '../../../../src/report/html/reportHtml.js';
import { recordCaveat } from '../../../../src/report/html/recordSection.js';
import { loadScenario } from '../../../../src/scenario/loadScenario.js';
import type { SimulationResult } from '../../../../src/simulate/SimulationResult.js';
import { simulate } from '../../../../src/simulate/simulate.js';

let exodus: SimulationResult;
let baseline: SimulationResult;
beforeAll(async () => {
  exodus = await simulate({ ...loadScenario(embeddedScenarios['exodus1961']!), replications: 2 });
  baseline = await simulate({ ...loadScenario(embeddedScenarios['baseline']!), replications: 2 });
}, 60000);

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

describe('reportHtml', () => {
  it('is deterministic: the same result gives the same bytes', () => {
    expect(reportHtml(structuredClone(exodus))).toBe(reportHtml(exodus));
  });

  it('is self-contained: no script, no stylesheet or image to fetch, no address outside the page', () => {
    const html = reportHtml(exodus);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    expect(html).not.toMatch(/(https?:)?\/\/[a-z]/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('draws three charts per kind, whatever the kinds are, and one per record check', () => {
    for (const r of [exodus, baseline]) {
      const html = reportHtml(r);
      for (const kind of Object.keys(r.outcomes)) {
        for (const chart of ['shares', 'sankey', 'times']) expect(count(html, new RegExp(`<svg data-chart="${chart}" data-kind="${kind}"`))).toBe(1);
      }
      expect(count(html, /<svg /)).toBe(3 * Object.keys(r.outcomes).length + (r.record?.length ?? 0));
      for (const c of r.record ?? []) expect(count(html, new RegExp(`<svg data-chart="record" data-check="${c.id}"`))).toBe(1);
    }
  });

  it('shows every outcome with its share and interval, every reading, every source, and the disclaimer', () => {
    const html = reportHtml(exodus);
    for (const [kind, outcomes] of Object.entries(exodus.outcomes)) {
      for (const [name, o] of Object.entries(outcomes)) {
        const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
        expect(html, `${kind} ${name}`).toContain(`${pct(o.share)} (95% CI ${pct(o.ci95[0])}–${pct(o.ci95[1])})`);
      }
      for (const [name, t] of Object.entries(exodus.timeToOutcomeDays[kind]!)) expect(html, name).toContain(`mean ${t.mean.toFixed(1)} d · median ${t.median.toFixed(1)} d · p90 ${t.p90.toFixed(1)} d`);
    }
    for (const [id, option] of Object.entries(exodus.scenario.readings)) expect(html).toMatch(new RegExp(`<b>${id}</b></td><td>${option}`));
    expect(count(html, /<li>/)).toBe(exodus.scenario.sources.length);
    expect(count(html, new RegExp(disclaimer.replace(/[.:]/g, '\\$&')))).toBe(2);
  });

  it('has the record checks, with their verdicts and what a verdict means, only when the scenario has them', () => {
    const html = reportHtml(exodus);
    expect(exodus.record!.length).toBeGreaterThan(0);
    for (const r of exodus.record!) expect(html).toContain(`<tr class="check" data-check="${r.id}"><td><span class="verdict ${r.verdict}">${r.verdict}</span>`);
    expect(html).toContain(recordCaveat);
    expect(recordCaveat).toContain('a finding about practice or about those assumptions, never a reason to edit a machine');
    // A scenario without a record: simulate leaves the key out.
    const { record: _record, ...withoutRecord } = exodus;
    const plain = reportHtml(withoutRecord);
    expect(plain).not.toContain('data-section="record"');
    expect(plain).not.toContain('href="#record"');
  });

  it('writes every text from the result as text: markup in names and sources is escaped', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const r = structuredClone(exodus) as { -readonly [K in keyof SimulationResult]: SimulationResult[K] };
    const kind = Object.keys(r.outcomes)[0]!;
    r.scenario = { ...r.scenario, name: evil, description: evil, sources: [evil], readings: { ...r.scenario.readings, [evil]: evil } };
    r.outcomes = { ...r.outcomes, [kind]: { ...r.outcomes[kind], [evil]: { count: 1, share: 0.1, ci95: [0, 0.2] } } };
    r.paths = { ...r.paths, [kind]: [{ path: `detected>${evil}`, count: 1, share: 0.1 }] };
    r.record = r.record!.map((c) => ({ ...c, id: evil, says: evil, source: evil }));
    const html = reportHtml(r);
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;');
  });
});
