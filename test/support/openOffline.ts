import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';

/**
 * Opens an HTML file from disk (file://) in a new page and collects every console error or
 * warning, page error and request other than the page itself: a self-contained page leaves
 * `problems` empty.
 */
export async function openOffline(browser: Browser, file: string): Promise<{ page: Page; problems: string[] }> {
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
  page.on('request', (r) => {
    if (r.url() !== url) problems.push(`request: ${r.url()}`);
  });
  await page.goto(url);
  await page.waitForLoadState('load');
  return { page, problems };
}
