import { beforeAll, describe, expect, it } from 'vitest';
import { resolveReadings } from '../../../../machines/index.js';
import type { CompareResult } from '../../../../src/experiment/compare/CompareResult.js';
import { compare } from '../../../../src/experiment/compare/compare.js';
import { ratioText } from '../../../../src/experiment/compare/ratioText.js';
import { signed } from '../../../../src/experiment/compare/signed.js';
import { compareHowToRead } from '../../../../src/report/html/compareHowToRead.js';
import { compareHtml } from '../../../../src/report/html/compareHtml.js';
import { escapeHtml } from '../../../../src/report/html/escapeHtml.js';
import { disclaimer } from '../../../../src/report/html/reportHtml.js';
import { baselineScenario } from '../../../../src/scenario/loadScenario.js';

let result: CompareResult;
beforeAll(async () => {
  const a = { ...baselineScenario(), replications: 3 };
  result = await compare(a, { ...a, readings: resolveReadings({ ...a.readings, postCableCrossings: 'sameAsEarlierCrossers' }) });
}, 60000);

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

describe('compareHtml', () => {
  it('is deterministic: the same result gives the same bytes', () => {
    expect(compareHtml(structuredClone(result))).toBe(compareHtml(result));
  });

  it('is self-contained: no script, no stylesheet or image to fetch, no address outside the page', () => {
    const html = compareHtml(result);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    expect(html).not.toMatch(/(https?:)?\/\/[a-z]/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('draws two forest plots per kind and one per record check, and nothing else', () => {
    const html = compareHtml(result);
    const kinds = Object.keys(result.differences);
    for (const kind of kinds) for (const chart of ['share-diff', 'days-diff']) expect(count(html, new RegExp(`<svg data-chart="${chart}" data-kind="${kind}"`))).toBe(1);
    expect(result.record!.length).toBeGreaterThan(0);
    for (const c of result.record!) expect(count(html, new RegExp(`<svg data-chart="record-diff" data-check="${c.id}"`))).toBe(1);
    expect(count(html, /<svg /)).toBe(2 * kinds.length + result.record!.length);
  });

  it('shows every difference with its interval and variance reduction, the arms, how to read it and the disclaimer', () => {
    const html = compareHtml(result);
    const pp = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x * 100).toFixed(2)}`;
    for (const [kind, outcomes] of Object.entries(result.differences)) {
      for (const [name, d] of Object.entries(outcomes)) {
        expect(html, `${kind} ${name}`).toContain(`${pp(d.share.diff)} pt (95% CI ${pp(d.share.ci95[0])} … ${pp(d.share.ci95[1])})`);
      }
    }
    const repatriated = result.differences['chineseResidentInKorea']!['repatriated']!;
    expect(repatriated.medianDaysVarianceReduction!.ratio).not.toBeNull();
    // The median days' reduction beside its interval in the chart, and in the table's last column.
    const ratio = ratioText(repatriated.medianDaysVarianceReduction!);
    expect(html).toContain(`(95% CI ${signed(repatriated.medianDays!.ci95[0], 1)} … ${signed(repatriated.medianDays!.ci95[1], 1)}) · var. ÷ ${ratio}</text>`);
    expect(html).toContain(`<td>${ratio}</td></tr>`);
    expect(html).toContain('<li><b>B</b>: baseline, readings postCableCrossings=sameAsEarlierCrossers</li>');
    expect(html).toContain(`×${result.varianceReduction!.toFixed(1)}`);
    for (const p of compareHowToRead) expect(html).toContain(`<p>${escapeHtml(p)}</p>`);
    expect(count(html, new RegExp(disclaimer.replace(/[.:]/g, '\\$&')))).toBe(2);
    expect(html).toMatch(/<table data-section="readings">.*<b>postCableCrossings<\/b><\/td><td>returnAndPunish<\/td><td>sameAsEarlierCrossers<\/td>/);
  });

  it('leaves out the record section when no check is compared, and lists the notes when there are any', () => {
    const { record: _record, ...plain } = result;
    const html = compareHtml({ ...plain, notes: ['a note'] });
    expect(html).not.toContain('data-chart="record-diff"');
    expect(html).not.toContain('href="#record"');
    expect(html).toContain('<ul data-section="notes"><li>a note</li></ul>');
  });

  it('writes every text from the result as text: markup in names, readings and notes is escaped', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const r = structuredClone(result) as { -readonly [K in keyof CompareResult]: CompareResult[K] };
    const kind = Object.keys(r.differences)[0]!;
    r.arms = { a: { scenario: { ...r.arms.a.scenario, name: evil } }, b: { scenario: { ...r.arms.b.scenario, readings: { ...r.arms.b.scenario.readings, [evil]: evil } } } };
    r.differences = { ...r.differences, [evil]: r.differences[kind]!, [kind]: { ...r.differences[kind], [evil]: Object.values(r.differences[kind]!)[0]! } };
    r.record = r.record!.map((c) => ({ ...c, id: evil }));
    r.notes = [evil];
    const html = compareHtml(r);
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;');
  });
});
