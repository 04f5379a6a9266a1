import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { httpStatus, wsStatus } from '../../support/probeRelay.js';
import { cliPath, startCli, stopCli } from '../../support/spawnCli.js';

// `viewer` and `inspect` as users run them, each serving the viewer and a relay on 127.0.0.1:
// what a web page in the same browser may reach (D8), and how they end on a signal.
const ready = /Viewer: +http:\/\/127\.0\.0\.1:(\d+)\//;

describe('cable1957 viewer (process): only its own pages and local programs get in', () => {
  it('refuses a foreign Host (DNS rebinding) and a foreign Origin (any web page), serves its own', async () => {
    const viewer = await startCli(['viewer', '--port', '0'], ready);
    try {
      const port = Number(viewer.match[1]);
      const http = `http://127.0.0.1:${port}`;
      const ws = `ws://127.0.0.1:${port}`;
      expect(await httpStatus(`${http}/`)).toBe(200);
      expect(await httpStatus(`${http}/`, `localhost:${port}`)).toBe(200);
      expect(await httpStatus(`${http}/`, 'evil.example.com')).toBe(403);
      expect(await httpStatus(`${http}/viewer.js`, `evil.example.com:${port}`)).toBe(403);
      expect(await wsStatus(ws, { origin: 'http://evil.example.com' })).toBe(403);
      expect(await wsStatus(ws, { host: 'evil.example.com' })).toBe(403);
      expect(await wsStatus(ws, { origin: http })).toBe('open'); // the viewer's own page
      expect(await wsStatus(ws)).toBe('open'); // `cable1957 inspect --relay` (Node sends no Origin)
    } finally {
      await stopCli(viewer.child);
    }
  });
});

describe('cable1957 viewer and inspect (process): a signal ends them as it ends every command', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
  ] as const)('viewer, %s: exit code %i, the port closed', async (signal, code) => {
    const viewer = await startCli(['viewer', '--port', '0'], ready);
    expect(await stopCli(viewer.child, signal)).toBe(code);
    await expect(httpStatus(`http://127.0.0.1:${viewer.match[1]}/`)).rejects.toThrow(/ECONNREFUSED/);
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('inspect, %s while streaming and while holding the viewer: exit code %i', async (signal, code) => {
    const streaming = await startCli(['inspect', '--port', '0', '--cases', '50', '--pace', '200'], /Streaming 50 cases/);
    expect(await stopCli(streaming.child, signal)).toBe(code);
    const holding = await startCli(['inspect', '--port', '0', '--cases', '1', '--pace', '0', '--hold'], /Done\. The viewer stays up/);
    expect(await stopCli(holding.child, signal)).toBe(code);
  });

  it('inspect --step on a terminal ends with exit 0 when the case ends (not only by Ctrl-C), and on q', async () => {
    // `script` gives the command a terminal, where streamed cases would keep the viewer up.
    const onTerminal = (args: string, input: string) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn('script', ['-qec', `${process.execPath} ${cliPath} ${args}`, '/dev/null']);
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
        child.on('exit', (code) => {
          clearTimeout(timer);
          resolve({ code, out });
        });
        child.stdin.write(input);
      });
    const ended = await onTerminal('inspect emigrationApplication --step --port 0', '1\n1\n');
    expect(ended.out).toContain('Outcome: departed; basis: 4c.');
    expect(ended.out).not.toContain('stays up until Ctrl-C');
    expect(ended.code).toBe(0);
    const quit = await onTerminal('inspect emigrationApplication --step --port 0', 'q\n');
    expect(quit.out).toContain('Still open, in underReview.');
    expect(quit.code).toBe(0);
  }, 60000);
});
