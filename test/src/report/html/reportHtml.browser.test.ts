import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../support/browser.js';
import { cliInTempDir } from '../../../support/cliInTempDir.js';
import { openOffline } from '../../../support/openOffline.js';
import { smallestText } from '../../../support/smallestText.js';

// The report as a reader gets it: written by the built CLI, opened from disk (file://) in
// Chromium with no network. The screenshot goes to reports/ (ignored by git); with
// CABLE1957_SCREENSHOT=1 it refreshes docs/report.png, the one the README shows.
const { dir, cli } = cliInTempDir('cable1957-report-browser-');
const screenshot = process.env['CABLE1957_SCREENSHOT'] === '1' ? fileURLToPath(new URL('../../../../docs/report.png', import.meta.url)) : fileURLToPath(new URL('../../../../reports/report.png', import.meta.url));
let browser: Browser;

interface Opened {
  readonly page: Page;
  readonly problems: string[];
  readonly result: { outcomes: Record<string, Record<string, unknown>>; timeToOutcomeDays: Record<string, Record<string, unknown>>; record?: unknown[] };
}

/** Writes the scenario's result and report, opens the report from disk, and collects every console error, page error and request. */
async function open(scenario: string): Promise<Opened> {
  expect(cli('simulate', '--scenario', scenario, '--replications', '2', '--format', 'json', '--out', `${scenario}.json`).code).toBe(0);
  const made = cli('report', `${scenario}.json`, '--out', `${scenario}.html`);
  expect(made.err).toBe('');
  const { page, problems } = await openOffline(browser, join(dir, `${scenario}.html`));
  return { page, problems, result: JSON.parse(readFileSync(join(dir, `${scenario}.json`), 'utf8')) };
}

/** Per kind, how many marks each chart drew, and whether each chart has a size on screen. */
const drawn = (page: Page, kind: string) =>
  page.evaluate((k) => {
    const chart = (name: string) => document.querySelector<SVGSVGElement>(`svg[data-chart="${name}"][data-kind="${k}"]`);
    const marks = (name: string, selector: string) => chart(name)?.querySelectorAll(selector).length ?? -1;
    const size = (name: string) => {
      const box = chart(name)?.getBBox();
      return box ? box.width > 100 && box.height > 40 : false;
    };
    return {
      bars: marks('shares', 'rect.bar'),
      intervals: marks('shares', 'path.interval'),
      nodes: marks('sankey', 'g.node rect'),
      flows: marks('sankey', 'path.flow'),
      times: marks('times', 'rect.p90'),
      medians: marks('times', 'path.median'),
      sized: ['shares', 'sankey', 'times'].every(size),
    };
  }, kind);

beforeAll(async () => {
  browser = await launchChromium();
}, 30000);
afterAll(async () => {
  await browser?.close();
});

describe('the HTML report (Chromium, from disk)', () => {
  it('exodus1961: opens offline with no error and no request; every chart of every kind drawn; the record table; readable text', async () => {
    const { page, problems, result } = await open('exodus1961');
    const kinds = Object.keys(result.outcomes);
    expect(kinds.length).toBeGreaterThan(1);
    for (const kind of kinds) {
      const d = await drawn(page, kind);
      const outcomes = Object.keys(result.outcomes[kind]!).length;
      expect(d, kind).toMatchObject({ bars: outcomes, intervals: outcomes, times: Object.keys(result.timeToOutcomeDays[kind]!).length, sized: true });
      expect(d.medians, kind).toBe(d.times);
      expect(d.nodes, kind).toBeGreaterThan(1);
      expect(d.flows, kind).toBeGreaterThan(0);
    }
    expect(await page.locator('table[data-section="record"] tbody tr.check').count()).toBe(result.record!.length);
    // Each check drawn: the range the record expects, and the model's interval (or "no estimate").
    for (const c of result.record as { id: string; model: { estimate: number | null } }[]) {
      const chart = page.locator(`svg[data-chart="record"][data-check="${c.id}"]`);
      expect(await chart.locator('rect.expected').count(), c.id).toBe(1);
      expect(await chart.locator('path.model').count(), c.id).toBe(c.model.estimate === null ? 0 : 1);
    }
    expect(await page.locator('table[data-section="record"] .verdict').allTextContents()).toEqual((result.record as { verdict: string }[]).map((r) => r.verdict));
    expect(await page.locator('#record .caveat').textContent()).toContain('never a reason to edit a machine');
    expect(await page.locator('[data-section="disclaimer"]').textContent()).toBe('A descriptive model of a historical policy, for study: not for decisions about people.');
    expect(await page.locator('table[data-section="readings"] tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('ul[data-section="sources"] li').count()).toBeGreaterThan(0);
    expect(await smallestText(page)).toBeGreaterThanOrEqual(14);
    expect(problems).toEqual([]);
    mkdirSync(join(screenshot, '..'), { recursive: true });
    await page.screenshot({ path: screenshot });
  }, 60000);

  it('baseline: the same checks hold for another scenario', async () => {
    const { page, problems, result } = await open('baseline');
    for (const kind of Object.keys(result.outcomes)) expect((await drawn(page, kind)).sized, kind).toBe(true);
    expect(await smallestText(page)).toBeGreaterThanOrEqual(14);
    expect(problems).toEqual([]);
  }, 60000);
});
