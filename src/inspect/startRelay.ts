import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import { InputError } from '../InputError.js';

/** A page or file the relay serves over HTTP. */
export interface ServedFile {
  /** Its content type. */
  readonly type: string;
  /** Its body (a function to build it on request). */
  readonly body: string | Buffer | (() => string | Buffer | Promise<string | Buffer>);
}

/** Options of the local relay. */
export interface RelayOptions {
  /** The port; 0 picks a free one. @defaultValue 0 */
  readonly port?: number;
  /** The interface to bind: loopback only, so nothing is exposed to the network. @defaultValue "127.0.0.1" */
  readonly host?: string;
  /** Pages by path (e.g. "/" for the viewer). */
  readonly files?: Readonly<Record<string, ServedFile>>;
  /** How many messages to replay to a client that joins late. @defaultValue 5000 */
  readonly replay?: number;
}

/** A running relay. */
export interface Relay {
  /** The port it listens on. */
  readonly port: number;
  /** Its WebSocket address (`ws://127.0.0.1:port`). */
  readonly wsUrl: string;
  /** Its HTTP address (`http://127.0.0.1:port`). */
  readonly httpUrl: string;
  /** Closes every connection and the server. */
  stop(): Promise<void>;
}

/**
 * Starts a local inspection relay: a WebSocket server speaking the protocol of
 * `@statelyai/inspect/server` (every message from one client goes to all the others; late
 * joiners get the recent ones replayed), bound to loopback, on the same port as the pages it
 * serves (the viewer). Unlike `createInspectorServer` it binds 127.0.0.1 only, never opens a
 * browser, and a port in use is a clear InputError rather than a crash.
 *
 * Loopback is not a wall against the web: any page open in the user's browser can connect to
 * ws://127.0.0.1 (WebSockets are not bound by the same-origin policy), and a site can rebind its
 * own name to 127.0.0.1. So every request must name this server in `Host` (127.0.0.1, localhost
 * or [::1], with its port), and a WebSocket that carries an `Origin` (a browser's) must come from
 * a page this server served; clients without one (Node's) are let in. Others get 403.
 */
export function startRelay(options: RelayOptions = {}): Promise<Relay> {
  const host = options.host ?? '127.0.0.1';
  const limit = options.replay ?? 5000;
  const files = options.files ?? {};
  const recent: string[] = [];
  let port = 0;
  const ownHosts = () => new Set([host, '127.0.0.1', 'localhost', '[::1]'].map((name) => `${name}:${port}`));
  const hostAllowed = (req: IncomingMessage) => req.headers.host !== undefined && ownHosts().has(req.headers.host.toLowerCase());
  const originAllowed = (origin: string | undefined) => origin === undefined || [...ownHosts()].some((h) => origin.toLowerCase() === `http://${h}`);
  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (!hostAllowed(req)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden: this server answers only to its loopback address');
      return;
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = files[path];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(typeof file.body === 'function' ? file.body() : file.body).then(
      (body) => res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(body),
      (error: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
    );
  });
  const wss = new WebSocketServer({
    server: http,
    verifyClient: ({ origin, req }: { origin?: string; req: IncomingMessage }, done: (ok: boolean, code?: number, message?: string) => void) =>
      hostAllowed(req) && originAllowed(origin) ? done(true) : done(false, 403, 'forbidden host or origin'),
  });
  // The WebSocket server re-emits the HTTP server's errors; they are handled once, below.
  wss.on('error', () => undefined);
  wss.on('connection', (ws) => {
    for (const msg of recent) ws.send(msg);
    ws.on('message', (data) => {
      const msg = data.toString();
      recent.push(msg);
      if (recent.length > limit) recent.shift();
      for (const client of wss.clients) if (client !== ws && client.readyState === WebSocket.OPEN) client.send(msg);
    });
  });
  return new Promise((resolve, reject) => {
    http.once('error', (error: NodeJS.ErrnoException) => {
      wss.close();
      if (error.code === 'EADDRINUSE') reject(new InputError(`port ${options.port} on ${host} is in use; choose another with --port`));
      else if (error.code === 'EACCES') reject(new InputError(`port ${options.port} on ${host} needs privileges; choose one above 1023 with --port`));
      else reject(error);
    });
    http.listen(options.port ?? 0, host, () => {
      port = (http.address() as { port: number }).port;
      resolve({
        port,
        wsUrl: `ws://${host}:${port}`,
        httpUrl: `http://${host}:${port}`,
        stop: () =>
          new Promise<void>((done) => {
            for (const client of wss.clients) client.terminate();
            wss.close();
            http.close(() => done());
            http.closeAllConnections();
          }),
      });
    });
  });
}
