import { request } from 'node:http';
import { WebSocket } from 'ws';

/** The HTTP status a GET of `url` gets, sending `host` as its Host header when given. */
export function httpStatus(url: string, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, host === undefined ? {} : { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject);
    req.end();
  });
}

/** Whether a WebSocket to `url` opens ("open") or the status it is refused with, sending `origin` and `host` when given. */
export function wsStatus(url: string, { origin, host }: { origin?: string; host?: string } = {}): Promise<'open' | number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { ...(origin === undefined ? {} : { origin }), ...(host === undefined ? {} : { headers: { host } }) });
    ws.once('open', () => {
      ws.close();
      resolve('open');
    });
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      ws.terminate();
    });
    ws.once('error', reject);
  });
}
