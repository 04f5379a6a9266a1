import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { caseModel } from '../../../src/case/caseModel.js';
import { edgeId } from '../../../src/diagram/edgeId.js';
import { launchChromium } from '../../support/browser.js';
import { cliPath, startCli, stopCli } from '../../support/spawnCli.js';

// End to end: the viewer served by `cable1957 viewer`, a case streamed by `cable1957 inspect
// --relay`, and Debian's Chromium (driven by playwright-core) showing it.
const reports = fileURLToPath(new URL('../../../reports/', import.meta.url));
// The screenshot kept in docs/ is written only when asked: CABLE1957_DOCS_SCREENSHOTS=1 npx vitest run test/src/inspect/viewer.browser.test.ts
const docs = fileURLToPath(new URL('../../../docs/', import.meta.url));
let viewer: Awaited<ReturnType<typeof startCli>>;
let browser: Browser;

beforeAll(async () => {
  viewer = await startCli(['viewer', '--port', '0'], /Viewer: +(http:\/\/127\.0\.0\.1:(\d+))\//);
  browser = await launchChromium();
}, 30000);
afterAll(async () => {
  await browser?.close();
  if (viewer) expect(await stopCli(viewer.child)).toBe(143); // SIGTERM, as every command
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
    // The highlighted node of the SVG statechart is the current state; every state of the path is marked.
    expect(await page.locator('#diagram g.node.current title').allTextContents()).toEqual([last]);
    expect((await page.locator('#diagram g.node.path title').allTextContents()).sort()).toEqual([...new Set(['detected', ...states])].sort());
    const rows = page.locator('[data-testid="event-row"]');
    expect(await rows.count()).toBe(states.length);
    const first = (await rows.nth(0).locator('td').allTextContents()).map((t) => t.trim());
    expect(first[2]).toBe('authorities');
    expect(first[3]).toBe('authorities.screen');
    expect(first[4]).toBe(`detected → ${states[0]}`);
    expect(first[1]).toMatch(/^19\d\d-\d\d-\d\d$/);
    expect(first[5]).toMatch(/^(2a|3) /);
    expect(await page.locator('#outcome').textContent()).toMatch(new RegExp(`^(Outcome: ${last}|${last} — settled|Open)$`));
    expect(offline).toEqual([]);
    mkdirSync(reports, { recursive: true });
    await page.screenshot({ path: `${reports}viewer.png`, fullPage: true });
  }, 60000);

  it('never runs what a message carries: the crafted status of outside-checks D8, and HTML in every other field, stay text', async () => {
    const page = await browser.newPage();
    await page.goto(`${viewer.match[1]}/`);
    await page.waitForSelector('#transport:text("receiving from the relay")');
    // Sent as any local client could (Node: no Origin), to the relay the page listens to.
    const ws = new WebSocket(`ws://127.0.0.1:${viewer.match[2]}`);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const img = (n: number) => `"><img id=pwned${n} src=x onerror="document.title=${n}"><b class="`;
    // The exact message of outside-checks.md, §6 of the adversarial run.
    ws.send(
      String.raw`{"type":"@xstate.actor","sessionId":"evil1","name":"koreanCitizenInChina","snapshot":{"status":"\"><img id=pwned src=x onerror=\"document.title=1337\"><b class=\"","value":"detected","context":{"caseId":"EVIL"}}}`,
    );
    ws.send(JSON.stringify({ type: '@xstate.actor', sessionId: img(2), name: img(3), snapshot: { status: 'active', value: img(4), context: { caseId: img(5) } } }));
    ws.send(
      JSON.stringify({
        type: '@xstate.snapshot',
        sessionId: img(2),
        event: { type: `person.${img(6)}`, at: img(7) },
        snapshot: { status: img(8), value: img(9), context: { lastClauses: [img(10)] }, output: { outcome: img(11) } },
      }),
    );
    ws.close();
    await page.waitForSelector('li[data-session="evil1"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="event-row"]').length === 1);
    await new Promise((r) => setTimeout(r, 300)); // an onerror would have fired by now
    expect(await page.title()).toBe('cable1957 viewer');
    expect(await page.locator('img').count()).toBe(0);
    // The text arrives as text: shown literally, not dropped.
    expect(await page.locator('li[data-session="evil1"]').textContent()).toContain('EVIL');
    expect(await page.locator('li[data-session="evil1"]').getAttribute('class')).toBe('active');
    expect(await page.locator('#title').textContent()).toBe(`${img(5)} — ${img(3)}`);
    expect(await page.locator('[data-testid="event-row"] td').nth(3).textContent()).toBe(`person.${img(6)}`);
  }, 60000);
  // A case stepped by hand (inspect --step, events by name on standard input), streamed to the viewer.
  const step = (caseId: string, events: string[]) => {
    const r = spawnSync(process.execPath, [cliPath, 'inspect', 'koreanCitizenInChina', '--step', '--relay', `ws://127.0.0.1:${viewer.match[2]}`, '--facts', `caseId=${caseId}`], {
      input: `${events.join('\n')}\n`,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
  };
  const kcc = caseModel('koreanCitizenInChina').description;
  // The SVG id of the edge of the unguarded transition written on `from` for `event` (or the one citing `clause`).
  const edge = (from: string, event: string, clause?: string) => {
    const i = kcc.transitions.findIndex((t) => t.from === from && t.event === event && (clause ? t.clauses.includes(clause) : !t.guard));
    expect(i).toBeGreaterThanOrEqual(0);
    return edgeId(i, from);
  };
  const onChart = (page: import('playwright-core').Page) =>
    page.evaluate(() => ({
      states: [...document.querySelectorAll('#diagram g.node.path title')].map((t) => t.textContent).sort(),
      edges: [...document.querySelectorAll('#diagram g.edge.path')].map((g) => g.id).sort(),
      // On screen: the font size times the SVG's scale, for every text of the chart.
      textPx: [...document.querySelectorAll('#diagram svg text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).getScreenCTM()!.a),
    }));

  it('draws the path taken (states and edges, the 2c loop included), shows a case settled in residing as "residing — settled", and keeps the chart\u2019s text >= 12 px', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${viewer.match[1]}/`);
    await page.waitForSelector('#transport:text("receiving from the relay")');
    step('KCC-settled', ['authorities.screen', 'person.findsReturnInconvenient', 'korea.approvesResidence', 'publicSecurity.mobilizesReturn', 'person.refusesToReturn', '0']);
    // The newest case is the one shown (until one is clicked).
    await page.waitForFunction((id) => document.querySelector('#title')?.textContent?.startsWith(id), 'KCC-settled');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="event-row"]').length === 5);
    expect(await page.locator('[data-testid="current-state"]').textContent()).toBe('residing');
    expect(await page.locator('#outcome').textContent()).toBe('residing — settled');
    expect(await page.locator('#cases li', { hasText: 'KCC-settled' }).locator('.state').textContent()).toBe('residing — settled');
    const chart = await onChart(page);
    expect(chart.states).toEqual(['approvalSought', 'detected', 'mobilizedToReturn', 'repatriationDue', 'residing']);
    expect(chart.edges).toEqual(
      [
        edge('detected', 'authorities.screen'),
        edge('repatriationDue', 'person.findsReturnInconvenient'),
        edge('approvalSought', 'korea.approvesResidence'),
        edge('residing', 'publicSecurity.mobilizesReturn'),
        edge('mobilizedToReturn', 'person.refusesToReturn'),
      ].sort(),
    );
    expect(Math.min(...chart.textPx)).toBeGreaterThanOrEqual(12);
    // Zooming out stops at 12 px text; the chart scrolls instead of shrinking.
    for (let i = 0; i < 6; i++) await page.click('#zoom-out');
    expect(Math.min(...(await onChart(page)).textPx)).toBeGreaterThanOrEqual(11.99);
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    expect(await page.locator('#diagram').evaluate((d) => d.scrollHeight > d.clientHeight)).toBe(true);
    await page.click('#zoom-fit');
    // A narrow window: fitting the width would make the text about 8 px; it stays 12 px and scrolls sideways.
    await page.setViewportSize({ width: 800, height: 800 });
    await page.waitForFunction(() => {
      const d = document.querySelector('#diagram')!;
      return d.scrollWidth > d.clientWidth;
    });
    expect(Math.min(...(await onChart(page)).textPx)).toBeGreaterThanOrEqual(11.99);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.click('#zoom-fit');
    if (process.env['CABLE1957_DOCS_SCREENSHOTS'] === '1') await page.screenshot({ path: `${docs}viewer.png` });
  }, 30000);

  it('draws clause 3 as the one edge from open, and a finished case\u2019s outcome as "Outcome: …"', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${viewer.match[1]}/`);
    await page.waitForSelector('#transport:text("receiving from the relay")');
    step('KCC-crime', ['authorities.screen', 'authorities.establishCrimeOrPendingCase']);
    // The newest case is the one shown (until one is clicked).
    await page.waitForFunction((id) => document.querySelector('#title')?.textContent?.startsWith(id), 'KCC-crime');
    await page.waitForFunction(() => document.querySelector('#outcome')?.textContent === 'Outcome: repatriated');
    const chart = await onChart(page);
    expect(chart.states).toEqual(['detected', 'repatriated', 'repatriationDue']);
    expect(chart.edges).toEqual([edge('detected', 'authorities.screen'), edge('open', 'authorities.establishCrimeOrPendingCase', '3')].sort());
    expect(Math.min(...chart.textPx)).toBeGreaterThanOrEqual(12);
  }, 30000);

  it('the /stately page says, offline, that the hosted inspector needs the internet, and links to the offline viewer', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Offline: stately.ai cannot be reached (and this test never reaches it).
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort());
    await page.goto(`${viewer.match[1]}/stately`);
    const note = page.locator('#offline-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('The Stately inspector needs the internet');
    const link = note.locator('a', { hasText: 'offline viewer' });
    expect(await link.getAttribute('href')).toBe('/');
    expect(parseFloat(await note.evaluate((n) => getComputedStyle(n).fontSize))).toBeGreaterThanOrEqual(12);
    await link.click();
    await page.waitForSelector('#transport:text("receiving from the relay")');
  }, 30000);
});
