import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
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
});
