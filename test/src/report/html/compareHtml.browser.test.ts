import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareResult } from '../../../../src/experiment/compare/CompareResult.js';
import { launchChromium } from '../../../support/browser.js';
import { cliInTempDir } from '../../../support/cliInTempDir.js';
import { openOffline } from '../../../support/openOffline.js';
import { smallestText } from '../../../support/smallestText.js';

// The comparison page as a reader gets it: written by the built CLI, opened from disk (file://)
// in Chromium with no network. The screenshot goes to reports/ (ignored by git); with
// CABLE1957_SCREENSHOT=1 it refreshes docs/compare.png, the one the README shows.
const { dir, cli } = cliInTempDir('cable1957-compare-browser-');
const screenshot = fileURLToPath(new URL(`../../../../${process.env['CABLE1957_SCREENSHOT'] === '1' ? 'docs' : 'reports'}/compare.png`, import.meta.url));
let browser: Browser;

/** Writes a comparison's JSON and its page (by `report`), opens the page from disk, and collects every console error, page error and request. */
async function open(name: string, args: readonly string[]) {
  expect(cli('compare', ...args, '--format', 'json', '--out', `${name}.json`).code).toBe(0);
  const made = cli('report', `${name}.json`, '--out', `${name}.html`);
  expect(made).toEqual({ code: 0, out: '', err: '' });
  const { page, problems } = await openOffline(browser, join(dir, `${name}.html`));
  return { page, problems, result: JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as CompareResult };
}

/** Per kind and chart, the marks drawn: dots, whiskers, rows marked as excluding zero, zero lines, and whether the chart has a size on screen. */
const drawn = (page: Page, chart: string, kind: string) =>
  page.evaluate(
    ([c, k]) => {
      const svg = document.querySelector<SVGSVGElement>(`svg[data-chart="${c}"][data-kind="${k}"]`);
      if (!svg) return null;
      const box = svg.getBBox();
      return {
        rows: svg.querySelectorAll('g.difference').length,
        dots: svg.querySelectorAll('circle.estimate').length,
        whiskers: svg.querySelectorAll('path.interval').length,
        excluding: svg.querySelectorAll('g.difference[data-excludes-zero="true"]').length,
        zero: svg.querySelectorAll('path.zero').length,
        sized: box.width > 100 && box.height > 40,
      };
    },
    [chart, kind] as const,
  );

beforeAll(async () => {
  browser = await launchChromium();
}, 30000);
afterAll(async () => {
  await browser?.close();
});

describe('the comparison page (Chromium, from disk)', () => {
  it('exodus1961, two readings of post-cable crossings: opens offline with no error and no request; every difference drawn per kind; readable text', async () => {
    const { page, problems, result } = await open('crossings', ['--scenario', 'exodus1961', '--vs-readings', 'postCableCrossings=sameAsEarlierCrossers', '--replications', '5']);
    const kinds = Object.keys(result.differences);
    expect(kinds.length).toBeGreaterThan(1);
    let excluding = 0;
    for (const kind of kinds) {
      const outcomes = Object.entries(result.differences[kind]!);
      const medians = outcomes.filter(([, d]) => d.medianDays !== null).length;
      const shares = await drawn(page, 'share-diff', kind);
      expect(shares, kind).toEqual({
        rows: outcomes.length,
        dots: outcomes.length,
        whiskers: outcomes.length,
        excluding: outcomes.filter(([, d]) => d.share.ci95[0] > 0 || d.share.ci95[1] < 0).length,
        zero: 1,
        sized: true,
      });
      excluding += shares!.excluding;
      const days = await drawn(page, 'days-diff', kind);
      expect(days, kind).toMatchObject({ rows: outcomes.filter(([name]) => name !== '(open)').length, dots: medians, whiskers: medians, zero: 1, sized: true });
      expect(await page.locator(`section[data-kind="${kind}"] table[data-section="differences"] tbody tr`).count(), kind).toBe(outcomes.length);
    }
    // The reading moves the post-cable crossers: some share differs beyond the noise.
    expect(excluding).toBeGreaterThan(0);
    expect(await page.locator('svg[data-chart="record-diff"]').count()).toBe(result.record!.length);
    expect(await page.locator('[data-section="how"]').textContent()).toMatch(/common random numbers[\s\S]*excludes 0[\s\S]*Monte Carlo noise cannot explain[\s\S]*not a decision system/);
    expect(await page.locator('[data-section="variance-reduction"]').textContent()).toContain(`\u00d7${result.varianceReduction!.toFixed(1)}`);
    expect(await page.locator('[data-section="disclaimer"]').textContent()).toBe('A descriptive model of a historical policy, for study: not for decisions about people.');
    expect(await smallestText(page)).toBeGreaterThanOrEqual(14);
    expect(problems).toEqual([]);
    mkdirSync(join(screenshot, '..'), { recursive: true });
    await page.screenshot({ path: screenshot });
  }, 60000);

  it('baseline, two readings of punishment (no outcome changes): every interval is [0, 0] on a drawn axis, and it says so', async () => {
    const { page, problems, result } = await open('punishment', ['--readings', 'punishment=whenReturned', '--vs-readings', 'punishment=postCableCrossers', '--replications', '3']);
    for (const kind of Object.keys(result.differences)) expect(await drawn(page, 'share-diff', kind), kind).toMatchObject({ excluding: 0, zero: 1, sized: true });
    expect(await page.locator('[data-section="variance-reduction"]').textContent()).toContain('No share changes in any replication');
    expect(await smallestText(page)).toBeGreaterThanOrEqual(14);
    expect(problems).toEqual([]);
  }, 60000);
});
