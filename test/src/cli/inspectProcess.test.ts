import { spawn, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay, type Relay } from '../../../src/inspect/startRelay.js';
import { cliPath } from '../../support/spawnCli.js';

const cli = (args: string[], input = '') => {
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', input, timeout: 30000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
/** Like `cli`, without blocking this process (whose relay the child talks to). */
const cliAsync = (args: string[], input: string) =>
  new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => resolve({ code, out, err }));
    child.stdin.end(input);
  });
let busy: Relay;
beforeAll(async () => {
  busy = await startRelay({ port: 0 });
});
afterAll(() => busy.stop());

describe('cable1957 inspect (process): never hangs', () => {
  it('starts its own relay, streams the cases, prints the links, and exits when done (not on a terminal)', () => {
    const r = cli(['inspect', '--port', '0', '--cases', '2', '--pace', '5']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Offline viewer: +http:\/\/127\.0\.0\.1:\d+\//);
    expect(r.out).toMatch(/Stately inspector: http:\/\/127\.0\.0\.1:\d+\/stately/);
    expect(r.out.match(/^ {2}\S+-1 \(/gm)).toHaveLength(2);
  });

  it('--step: the user picks each event, the inspector follows', async () => {
    const r = await cliAsync(['inspect', 'emigrationApplication', '--step', '--relay', busy.wsUrl], '1\n1\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('→ 1958-03-02 publicSecurity.completesReview: underReview → approved');
    expect(r.out).toContain('Outcome: departed; basis: 4c.');
  });

  it.each([
    [['inspect', '--port', 'PORT'], /^cable1957: port \d+ on 127\.0\.0\.1 is in use; choose another with --port\n$/],
    [['inspect', '--relay', 'ws://127.0.0.1:1'], /^cable1957: no relay at ws:\/\/127\.0\.0\.1:1 \(ECONNREFUSED\); start one with "cable1957 viewer" or drop --relay\n$/],
    [['inspect', 'martian'], /^cable1957: unknown case kind "martian"/],
    [['inspect', '--step'], /^cable1957: inspect: --step needs a kind\n$/],
    [['viewer', '--port', 'PORT'], /^cable1957: port \d+ on 127\.0\.0\.1 is in use; choose another with --port\n$/],
  ])('%j: one clear line, exit code 2', (args, message) => {
    const r = cli(args.map((a) => (a === 'PORT' ? String(busy.port) : a)));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('Ctrl-C while streaming: a clean exit', async () => {
    const child = spawn(process.execPath, [cliPath, 'inspect', '--port', '0', '--cases', '50', '--pace', '200']);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    await new Promise((r) => setTimeout(r, 1200));
    const started = Date.now();
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(out).toContain('Streaming 50 cases');
  });
});
