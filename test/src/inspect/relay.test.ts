import { createWebSocketReceiver } from '@statelyai/inspect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInspector, checkRelay } from '../../../src/inspect/connectInspector.js';
import { scriptCases } from '../../../src/inspect/scriptCases.js';
import { startRelay, type Relay } from '../../../src/inspect/startRelay.js';
import { streamCases } from '../../../src/inspect/streamCases.js';
import { InputError } from '../../../src/InputError.js';
import { leafName } from '../../../src/structure/machineStructure.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';
import { httpStatus, wsStatus } from '../../support/probeRelay.js';

type Inspection = { type: string; sessionId: string; name?: string; event?: { type: string; at?: string }; snapshot?: { value?: unknown; context?: { lastClauses?: string[] } } };

let relay: Relay;
beforeAll(async () => {
  relay = await startRelay({ port: 0 });
});
afterAll(() => relay.stop());

describe('inspection through the local relay (Node)', () => {
  it('carries each case as an actor, its events and snapshots, in the order of its trace', async () => {
    const got: Inspection[] = [];
    createWebSocketReceiver({ server: relay.wsUrl }).subscribe((e) => got.push(e as unknown as Inspection));
    await new Promise((r) => setTimeout(r, 200));
    const inspector = await connectInspector(relay.wsUrl);
    const scripts = scriptCases(baselineScenario(), 3);
    const traces = await streamCases(scripts, { inspect: inspector.inspect, paceMs: 0 });
    await inspector.stop();
    await new Promise((r) => setTimeout(r, 300));

    const actors = got.filter((e) => e.type === '@xstate.actor');
    expect(actors.map((a) => a.name)).toEqual(traces.map((t) => t.kind));
    traces.forEach((trace, i) => {
      const mine = got.filter((e) => e.sessionId === actors[i]!.sessionId);
      const events = mine.filter((e) => e.type === '@xstate.event' && !e.event!.type.startsWith('xstate.'));
      expect(events.map((e) => e.event!.type)).toEqual(trace.steps.map((s) => s.event));
      expect(events.map((e) => e.event!.at)).toEqual(trace.steps.map((s) => s.time));
      const snapshots = mine.filter((e) => e.type === '@xstate.snapshot' && !e.event!.type.startsWith('xstate.'));
      // The inspector carries XState's value (`{ open: 'mobilized' }`); traces name the leaf.
      expect(snapshots.map((e) => leafName(e.snapshot!.value))).toEqual(trace.steps.map((s) => s.to));
      expect(snapshots.map((e) => e.snapshot!.context!.lastClauses)).toEqual(trace.steps.map((s) => s.clauses));
    });
  });

  it('replays recent messages to a receiver that joins late', async () => {
    const late: Inspection[] = [];
    createWebSocketReceiver({ server: relay.wsUrl }).subscribe((e) => late.push(e as unknown as Inspection));
    await new Promise((r) => setTimeout(r, 300));
    expect(late.filter((e) => e.type === '@xstate.actor').length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a port in use, and a relay that is not there, with clear errors', async () => {
    await expect(startRelay({ port: relay.port })).rejects.toThrow(new InputError(`port ${relay.port} on 127.0.0.1 is in use; choose another with --port`));
    const gone = await startRelay({ port: 0 });
    await gone.stop();
    await expect(checkRelay(gone.wsUrl)).rejects.toThrow(/^no relay at ws:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
    await expect(checkRelay('not a url')).rejects.toThrow('no relay at "not a url": not a WebSocket address');
  });

  it('binds loopback only', () => {
    expect(relay.wsUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers only to its own loopback name (no DNS rebinding) and takes WebSockets only from its own pages or from Node', async () => {
    const site = await startRelay({ port: 0, files: { '/': { type: 'text/plain', body: 'ok' } } });
    try {
      const { port, httpUrl, wsUrl } = site;
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) expect(await httpStatus(`${httpUrl}/`, host)).toBe(200);
      for (const host of ['evil.example.com', `evil.example.com:${port}`, `127.0.0.1:${port + 1}`, `127.0.0.1.evil.example.com:${port}`]) {
        expect(await httpStatus(`${httpUrl}/`, host), host).toBe(403);
        expect(await wsStatus(wsUrl, { host }), host).toBe(403);
      }
      expect(await wsStatus(wsUrl)).toBe('open'); // Node: no Origin
      for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`]) expect(await wsStatus(wsUrl, { origin }), origin).toBe('open');
      for (const origin of ['http://evil.example.com', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`, 'null', `http://127.0.0.1:${port}.evil.example.com`]) {
        expect(await wsStatus(wsUrl, { origin }), origin).toBe(403);
      }
    } finally {
      await site.stop();
    }
  });
});
