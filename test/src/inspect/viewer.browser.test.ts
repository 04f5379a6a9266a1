import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/browser.js';
import { cliPath, startCli, stopCli } from '../../support/spawnCli.js';

// End to end: the viewer served by `cable1957 viewer`, a case streamed by `cable1957 inspect
// --relay`, and Debian's Chromium (driven by playwright-core) showing it.
const reports = fileURLToPath(new URL('../../../reports/', import.meta.url));
let viewer: Awaited<ReturnType<typeof startCli>>;
let browser: Browser;

beforeAll(async () => {
  viewer = await startCli(['viewer', '--port', '0'], /Viewer: +(http:\/\/127\.0\.0\.1:(\d+))\//);
  browser = await launchChromium();
}, 30000);
afterAll(async () => {
  await browser?.close();
  if (viewer) expect(await stopCli(viewer.child)).toBe(0);
});

describe('the offline viewer (Chromium)', () => {
  it('shows a streamed case: its statechart with the current state highlighted, its events and clauses, its outcome', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const offline: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(viewer.match[1]!)) offline.push(r.url());
    });
    await page.goto(`${viewer.match[1]}/`);
    await page.waitForSelector('#transport:text("receiving from the relay")');

    const relay = `ws://127.0.0.1:${viewer.match[2]}`;
    const streamed = spawnSync(process.execPath, [cliPath, 'inspect', 'koreanCitizenInChina', '--relay', relay, '--cases', '1', '--pace', '150'], { encoding: 'utf8' });
    expect(streamed.status, streamed.stderr).toBe(0);
    // "koreanCitizenInChina-1 (koreanCitizenInChina): repatriationDue > ... — outcome"
    const line = streamed.stdout.match(/koreanCitizenInChina-1 \(koreanCitizenInChina\): (.*) — (\S+)/)!;
    const states = line[1]!.split(' > ');
    const last = states.at(-1)!;

    await page.waitForFunction((s) => document.querySelector('[data-testid="current-state"]')?.textContent === s, last);
    expect(await page.locator('#title').textContent()).toBe('koreanCitizenInChina-1 — koreanCitizenInChina');
    // The highlighted node of the SVG statechart is the current state.
    expect(await page.locator('#diagram g.node.current title').allTextContents()).toEqual([last]);
    const rows = page.locator('[data-testid="event-row"]');
    expect(await rows.count()).toBe(states.length);
    const first = (await rows.nth(0).locator('td').allTextContents()).map((t) => t.trim());
    expect(first[2]).toBe('authorities');
    expect(first[3]).toBe('authorities.screen');
    expect(first[4]).toBe(`detected → ${states[0]}`);
    expect(first[1]).toMatch(/^19\d\d-\d\d-\d\d$/);
    expect(first[5]).toMatch(/^(2a|3) /);
    expect(await page.locator('#outcome').textContent()).toMatch(new RegExp(`^(Outcome: ${last}|Open)`));
    expect(offline).toEqual([]);
    mkdirSync(reports, { recursive: true });
    await page.screenshot({ path: `${reports}viewer.png`, fullPage: true });
  }, 60000);
});
