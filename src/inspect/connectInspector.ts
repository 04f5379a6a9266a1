import { createWebSocketInspector } from '@statelyai/inspect';
import { WebSocket } from 'ws';
import { InputError } from '../InputError.js';
import type { InspectionObserver } from '../case/openCase.js';

/** An inspector connected to a relay. */
export interface ConnectedInspector {
  /** The observer to pass as XState's `inspect` option. */
  readonly inspect: InspectionObserver;
  /** Sends the queued events and disconnects. */
  stop(): Promise<void>;
}

/** Checks that a relay answers at `url` within `timeoutMs`; an InputError if not. */
export function checkRelay(url: string, timeoutMs = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    let ws: WebSocket;
    try {
      ws = new WebSocket(url);
    } catch {
      reject(new InputError(`no relay at "${url}": not a WebSocket address`));
      return;
    }
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new InputError(`no relay answered at ${url} within ${timeoutMs / 1000} s; start one with "cable1957 viewer" or drop --relay`));
    }, timeoutMs);
    ws.once('open', () => {
      clearTimeout(timer);
      ws.close();
      resolve();
    });
    ws.once('error', (error) => {
      clearTimeout(timer);
      reject(new InputError(`no relay at ${url} (${(error as NodeJS.ErrnoException).code ?? error.message}); start one with "cable1957 viewer" or drop --relay`));
    });
  });
}

/**
 * Connects an `@statelyai/inspect` WebSocket inspector to a relay, after checking the relay is
 * there: its adapter retries every 5 s forever when no relay answers, which would keep the
 * process alive (a known pitfall), so we never start it against a missing relay.
 */
export async function connectInspector(url: string): Promise<ConnectedInspector> {
  await checkRelay(url);
  const inspector = createWebSocketInspector({ url });
  return {
    inspect: inspector.inspect as InspectionObserver,
    stop: async () => {
      // Give queued messages a moment to leave before closing the socket.
      await new Promise((r) => setTimeout(r, 100));
      inspector.stop();
    },
  };
}
