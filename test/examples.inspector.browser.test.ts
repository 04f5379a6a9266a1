import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay, type Relay } from '../src/inspect/startRelay.js';
import { launchChromium } from './support/browser.js';
import { startCli, stopCli } from './support/spawnCli.js';

// Example 05 as a class would run it: built with its script, opened in Chromium, with its
// inspector pointed at the offline viewer (the Stately web app is out of reach here).
const dir = fileURLToPath(new URL('../examples/05-inspector/', import.meta.url));
let viewer: Awaited<ReturnType<typeof startCli>>;
let site: Relay;
let browser: Browser;

beforeAll(async () => {
  execFileSync(process.execPath, [`${dir}build.mjs`], { encoding: 'utf8' });
  viewer = await startCli(['viewer', '--port', '0'], /Viewer: +(http:\/\/127\.0\.0\.1:\d+)\//);
  site = await startRelay({
    port: 0,
    files: {
      '/index.html': { type: 'text/html', body: readFileSync(`${dir}index.html`) },
      '/dist/bundle.js': { type: 'text/javascript', body: readFileSync(`${dir}dist/bundle.js`) },
    },
  });
  browser = await launchChromium();
}, 60000);
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  if (viewer) await stopCli(viewer.child);
});

describe('examples/05-inspector', () => {
  it('runs a case with createBrowserInspector and the inspector (here the offline viewer) follows it', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.httpUrl}/index.html?pace=150&inspector=${encodeURIComponent(`${viewer.match[1]}/`)}`);
    await page.waitForFunction(() => document.getElementById('log')?.textContent?.includes('outcome:'), undefined, { timeout: 20000 });
    expect(await page.locator('#log').textContent()).toContain('outcome: citizenshipRenounced; basis: 1a, 1b, 1c');
    const frame = page.frameLocator('#inspector');
    await expect.poll(() => frame.locator('[data-testid="current-state"]').textContent(), { timeout: 10000 }).toBe('citizenshipRenounced');
    expect(await frame.locator('#transport').textContent()).toContain('postMessage');
    expect(await frame.locator('[data-testid="event-row"]').count()).toBe(6);
    expect(errors).toEqual([]);
  }, 60000);
});
