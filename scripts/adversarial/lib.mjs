// Harness plumbing for run.mjs: spawning with timeouts and a memory watch, leftovers, the
// classification rules, a minimal WebSocket client and a fake DOM for the viewer bundle.
// Node 20, standard library only.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import net from 'node:net';
import crypto from 'node:crypto';
import vm from 'node:vm';

export const live = new Set(); // pids (process-group leaders) still running

export function killAll() {
  for (const pid of live) {
    try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
    try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
  }
  live.clear();
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function readStatus(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)/.exec(s);
    const hwm = /VmHWM:\s+(\d+)/.exec(s);
    return Math.max(rss ? +rss[1] : 0, hwm ? +hwm[1] : 0) / 1024;
  } catch { return 0; }
}

// Sum of RSS over the process group (bash -c wrappers, script(1) and so on), in MB.
function groupRss(pgid) {
  let total = 0;
  let best = 0;
  try {
    for (const d of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      let stat;
      try { stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8'); } catch { continue; }
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (+rest[2] !== pgid) continue; // field 5: pgrp
      const m = readStatus(+d);
      total += m;
      best = Math.max(best, m);
    }
  } catch { /* ignore */ }
  return Math.max(total, best);
}

// CPU time (user + system) of a process, in ms (clock ticks of 10 ms).
export function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (+rest[11] + +rest[12]) * 10; // fields 14 and 15: utime, stime
  } catch { return 0; }
}

const SIGNUM = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGTERM: 15 };

/**
 * Spawn a command in its own process group.
 * opts: cwd, env, stdin (string|Buffer|null|'keep'|function(child)), timeout (ms), mem (MB),
 *       signal {sig, at, grace, when: regex on stdout}, stdoutLimit, onStdout(buf, child)
 */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      detached: true,
      stdio: [opts.stdinFd ?? 'pipe', opts.stdoutFd ?? 'pipe', 'pipe'],
    });
    live.add(child.pid);
    const res = { rc: null, sig: null, stdout: '', stderr: '', ms: 0, peakMB: 0, killed: null, signalAt: null, exitAfterSignalMs: null, liveOut: '', liveErr: '', child };
    opts.onSpawn?.(child, res);
    const outBufs = []; let outLen = 0; const limit = opts.stdoutLimit ?? 8e6;
    const errBufs = []; let errLen = 0;
    if (child.stdout) child.stdout.on('data', (b) => {
      if (outLen < limit) { outBufs.push(b); outLen += b.length; if (res.liveOut.length < 1e6) res.liveOut += b.toString('utf8'); }
      opts.onStdout?.(b, child, res);
      if (opts.signal?.when && !res.armed) {
        if (opts.signal.when.test(res.liveOut)) { res.armed = true; setTimeout(sendSignal, opts.signal.delay ?? 0); }
      }
    });
    child.stderr.on('data', (b) => { if (errLen < 2e6) { errBufs.push(b); errLen += b.length; res.liveErr += b.toString('utf8'); } });
    if (child.stdin) {
      child.stdin.on('error', () => {});
      if (typeof opts.stdin === 'function') opts.stdin(child);
      else if (opts.stdin === 'keep') { /* left open; closed at exit */ }
      else child.stdin.end(opts.stdin ?? '');
    }
    let timer; let memTimer; let sigTimer; let graceTimer;
    const kill = (why) => {
      if (res.killed) return;
      res.killed = why;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { try { child.kill('SIGKILL'); } catch { /* gone */ } }
    };
    function sendSignal() {
      if (res.signalAt !== null) return;
      res.signalAt = Date.now();
      const target = opts.signal.group ? -child.pid : child.pid;
      try { process.kill(target, opts.signal.sig); } catch { /* gone */ }
      graceTimer = setTimeout(() => kill(`still running ${opts.signal.grace} ms after ${opts.signal.sig}`), opts.signal.grace ?? 5000);
    }
    timer = setTimeout(() => kill(`timeout ${opts.timeout ?? 20000} ms`), opts.timeout ?? 20000);
    if (opts.signal && opts.signal.at !== undefined) sigTimer = setTimeout(sendSignal, opts.signal.at);
    memTimer = setInterval(() => {
      if (opts.signal && !res.armed && (opts.signal.cpuMs !== undefined || opts.signal.poll)) {
        let ready = false;
        if (opts.signal.cpuMs !== undefined) ready = cpuMs(child.pid) >= opts.signal.cpuMs;
        if (opts.signal.poll) ready = opts.signal.poll(res);
        if (ready) { res.armed = true; sendSignal(); }
      }
      const mb = groupRss(child.pid);
      if (mb > res.peakMB) res.peakMB = mb;
      if (opts.mem && mb > opts.mem) kill(`memory above ${opts.mem} MB`);
    }, opts.memEvery ?? 100);
    child.on('error', (e) => { res.stderr += `spawn error: ${e.message}`; });
    child.on('close', (code, signal) => {
      clearTimeout(timer); clearInterval(memTimer); clearTimeout(sigTimer); clearTimeout(graceTimer);
      live.delete(child.pid);
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group gone */ }
      res.ms = Date.now() - t0;
      res.rc = code ?? (signal ? 128 + (SIGNUM[signal] ?? 0) : null);
      res.sig = signal;
      if (res.signalAt !== null) res.exitAfterSignalMs = Date.now() - res.signalAt;
      res.stdout = Buffer.concat(outBufs).toString('utf8');
      res.stdoutBytes = outLen;
      res.stderr += Buffer.concat(errBufs).toString('utf8');
      delete res.child; delete res.armed;
      resolve(res);
    });
  });
}

// ---------- files and leftovers ----------
export function snapshotPath(p) {
  try {
    const st = fs.lstatSync(p);
    let hash = null;
    if (st.isFile()) hash = crypto.createHash('md5').update(fs.readFileSync(p)).digest('hex');
    return { exists: true, type: ftype(st), mode: st.mode & 0o7777, hash, size: st.size };
  } catch { return { exists: false }; }
}
export function ftype(st) {
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isCharacterDevice()) return 'chardev';
  if (st.isDirectory()) return 'dir';
  if (st.isFIFO()) return 'fifo';
  if (st.isFile()) return 'file';
  return 'other';
}

const TMP_RE = /^\..+\.\d+\.\d+\.tmp$/;
export function leftovers(dir, tmpdir) {
  const found = [];
  const walk = (d, depth) => {
    let ents;
    try { ents = fs.readdirSync(d, { withFileTypes: true }); } catch { return; }
    for (const e of ents) {
      const p = path.join(d, e.name);
      if (TMP_RE.test(e.name) || /\.tmp-\d+/.test(e.name)) found.push(path.relative(dir, p));
      if (e.isDirectory() && depth < 3 && p !== tmpdir && e.name !== 'fixtures') walk(p, depth + 1);
    }
  };
  walk(dir, 0);
  if (tmpdir) {
    try {
      for (const e of fs.readdirSync(tmpdir)) if (/^cable1957/.test(e)) found.push(`$TMPDIR/${e}`);
    } catch { /* none */ }
  }
  return found;
}

// ---------- classification ----------
export const nonEmptyLines = (s) => s.split(/\r?\n/).filter((l) => l.trim() !== '');
export const STACK = /^\s+at\s|internal error|Node\.js v\d|node:internal|^\S*Error(\s\[\w+\])?:|\(node:\d+\)|terminate called|std::bad_alloc|Warning:/m;
export const firstLine = (s) => (nonEmptyLines(s)[0] ?? '').slice(0, 220);

export function rejectProblems(c, r, ctx) {
  const p = [];
  if (r.killed) p.push(`killed: ${r.killed}`);
  else if (r.rc !== 2) p.push(`rc ${r.rc}, expected 2`);
  const lines = nonEmptyLines(r.stderr);
  if (lines.length !== 1) p.push(`${lines.length} stderr lines, expected 1`);
  if (STACK.test(r.stderr)) p.push('stack trace / internal error / warning on stderr');
  if (c.msg && !c.msg.test(r.stderr)) p.push(`message does not match ${c.msg}`);
  if (c.notMsg && c.notMsg.test(r.stderr)) p.push(`message matches ${c.notMsg}`);
  if (c.maxMs && r.ms > c.maxMs) p.push(`took ${r.ms} ms (limit ${c.maxMs})`);
  for (const [o, before] of Object.entries(ctx.outsBefore ?? {})) {
    const after = snapshotPath(path.resolve(ctx.dir, o));
    if (!before.exists && after.exists && after.type !== 'dir') p.push(`output ${o} was created`);
    if (before.exists && (after.hash !== before.hash || after.type !== before.type)) p.push(`output ${o} was changed`);
  }
  return p;
}

export function acceptProblems(c, r, ctx) {
  const p = [];
  if (r.killed) p.push(`killed: ${r.killed}`);
  else if (r.rc !== 0) p.push(`rc ${r.rc}, expected 0`);
  if (!c.allowStderr && nonEmptyLines(r.stderr).length > 0) p.push(`stderr not empty (${nonEmptyLines(r.stderr).length} lines)`);
  if (STACK.test(r.stderr)) p.push('stack trace / internal error / warning on stderr');
  if (c.mem && r.peakMB > c.mem) p.push(`peak RSS ${Math.round(r.peakMB)} MB > ${c.mem} MB`);
  if (c.check && p.length === 0) {
    let why;
    try { why = c.check(r, ctx); } catch (e) { why = `check failed: ${e.message}`; }
    if (why) p.push(...[].concat(why));
  }
  return p;
}

export function signalProblems(c, r, ctx) {
  const p = [];
  const want = c.signal.rc;
  if (r.killed) p.push(`killed: ${r.killed}`);
  else if (r.rc !== want) p.push(`rc ${r.rc}, expected ${want}`);
  if (c.signal.within && r.exitAfterSignalMs !== null && r.exitAfterSignalMs > c.signal.within) p.push(`exited ${r.exitAfterSignalMs} ms after the signal (limit ${c.signal.within})`);
  if (nonEmptyLines(r.stderr).length > 1) p.push(`${nonEmptyLines(r.stderr).length} stderr lines`);
  if (STACK.test(r.stderr)) p.push('stack trace on stderr');
  for (const [o, before] of Object.entries(ctx.outsBefore ?? {})) {
    const after = snapshotPath(path.resolve(ctx.dir, o));
    if (!before.exists && after.exists) p.push(`output ${o} was created`);
    if (before.exists && after.hash !== before.hash) p.push(`output ${o} was changed`);
  }
  if (c.check && p.length === 0) {
    const why = c.check(r, ctx);
    if (why) p.push(...[].concat(why));
  }
  return p;
}

// ---------- minimal WebSocket client (RFC 6455 text frames) ----------
export function wsConnect(port, { host, origin, timeout = 3000 } = {}) {
  return new Promise((resolve) => {
    const key = crypto.randomBytes(16).toString('base64');
    const headers = {
      Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': key,
      Host: host ?? `127.0.0.1:${port}`,
    };
    if (origin) headers.Origin = origin;
    const req = http.request({ host: '127.0.0.1', port, path: '/', headers, timeout });
    let done = false;
    const finish = (v) => { if (!done) { done = true; resolve(v); } };
    req.on('upgrade', (res, socket, head) => {
      const messages = [];
      let buf = head && head.length ? Buffer.from(head) : Buffer.alloc(0);
      const listeners = [];
      const parse = () => {
        for (;;) {
          if (buf.length < 2) return;
          const op = buf[0] & 0x0f; let len = buf[1] & 0x7f; let off = 2;
          const masked = buf[1] & 0x80;
          if (len === 126) { if (buf.length < 4) return; len = buf.readUInt16BE(2); off = 4; }
          else if (len === 127) { if (buf.length < 10) return; len = Number(buf.readBigUInt64BE(2)); off = 10; }
          let mask = null;
          if (masked) { mask = buf.subarray(off, off + 4); off += 4; }
          if (buf.length < off + len) return;
          let payload = Buffer.from(buf.subarray(off, off + len));
          if (mask) for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i % 4];
          buf = buf.subarray(off + len);
          if (op === 1 || op === 2) { const s = payload.toString('utf8'); messages.push(s); listeners.forEach((f) => f(s)); }
          else if (op === 8) { socket.end(); }
        }
      };
      socket.on('data', (d) => { buf = Buffer.concat([buf, d]); parse(); });
      socket.on('error', () => {});
      parse();
      finish({
        status: 101, messages,
        onMessage: (f) => listeners.push(f),
        send(text) {
          const payload = Buffer.from(text, 'utf8');
          const mask = crypto.randomBytes(4);
          let header;
          if (payload.length < 126) header = Buffer.from([0x81, 0x80 | payload.length]);
          else if (payload.length < 65536) { header = Buffer.alloc(4); header[0] = 0x81; header[1] = 0x80 | 126; header.writeUInt16BE(payload.length, 2); }
          else { header = Buffer.alloc(10); header[0] = 0x81; header[1] = 0x80 | 127; header.writeBigUInt64BE(BigInt(payload.length), 2); }
          const masked = Buffer.alloc(payload.length);
          for (let i = 0; i < payload.length; i++) masked[i] = payload[i] ^ mask[i % 4];
          socket.write(Buffer.concat([header, mask, masked]));
        },
        close() { try { socket.write(Buffer.from([0x88, 0x80, 0, 0, 0, 0])); } catch { /* */ } socket.destroy(); },
      });
    });
    req.on('response', (res) => { res.resume(); finish({ status: res.statusCode }); });
    req.on('timeout', () => { req.destroy(); finish({ status: 0, error: 'timeout' }); });
    req.on('error', (e) => finish({ status: 0, error: e.code ?? e.message }));
    req.end();
  });
}

export function httpGet(port, rawPath, headers = {}) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, headers, timeout: 4000 }, (res) => {
      const bufs = [];
      res.on('data', (b) => bufs.push(b));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(bufs).toString('utf8') }));
    });
    req.on('timeout', () => { req.destroy(); resolve({ status: 0, body: '', error: 'timeout' }); });
    req.on('error', (e) => resolve({ status: 0, body: '', error: e.code }));
    req.end();
  });
}

// Raw request line, so that "/../../etc/passwd" is sent as is.
export function rawGet(port, rawPath) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    let data = '';
    s.setTimeout(4000, () => s.destroy());
    s.on('connect', () => s.write(`GET ${rawPath} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`));
    s.on('data', (d) => { data += d; });
    s.on('close', () => {
      const m = /^HTTP\/1\.\d (\d{3})/.exec(data);
      resolve({ status: m ? +m[1] : 0, body: data.slice(data.indexOf('\r\n\r\n') + 4) });
    });
    s.on('error', () => {});
  });
}

// Which local addresses listen on `port` (from /proc/net/tcp{,6}).
export function listeners(port) {
  const out = [];
  for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let txt = '';
    try { txt = fs.readFileSync(f, 'utf8'); } catch { continue; }
    for (const line of txt.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 4 || cols[3] !== '0A') continue;
      const [addr, p] = cols[1].split(':');
      if (parseInt(p, 16) === port) out.push(addr);
    }
  }
  return out;
}

// ---------- fake DOM: run the served viewer bundle and record every HTML string it renders ----------
export async function renderViewerWith(baseUrl, bundleSrc, messages) {
  const htmlLog = [];
  const els = new Map();
  const makeEl = (name) => {
    const store = { hidden: false };
    const handler = {
      get(_t, p) {
        if (p === Symbol.toPrimitive) return () => '';
        if (p === 'then') return undefined;
        if (p in store) return store[p];
        switch (p) {
          case 'innerHTML': case 'outerHTML': case 'textContent': case 'innerText': return '';
          case 'querySelectorAll': case 'getElementsByTagName': case 'getElementsByClassName': return () => [];
          case 'querySelector': case 'closest': return () => null;
          case 'insertAdjacentHTML': return (_pos, html) => { htmlLog.push(String(html)); };
          case 'classList': return { toggle() {}, add() {}, remove() {}, contains() { return false; } };
          case 'dataset': case 'style': if (!store[p]) store[p] = {}; return store[p];
          case 'children': case 'childNodes': return [];
          case 'addEventListener': case 'removeEventListener': case 'setAttribute': case 'removeAttribute':
          case 'appendChild': case 'append': case 'replaceChildren': case 'prepend': case 'remove':
            return (...a) => { for (const x of a) if (typeof x === 'string' && /</.test(x) && p !== 'setAttribute') htmlLog.push(x); return a[0]; };
          default: return makeEl(`${name}.${String(p)}`);
        }
      },
      set(_t, p, v) {
        store[p] = v;
        if (p === 'innerHTML' || p === 'outerHTML') htmlLog.push(String(v));
        return true;
      },
      apply() { return makeEl(`${name}()`); },
    };
    return new Proxy(function fake() {}, handler);
  };
  const document = {
    getElementById: (id) => { if (!els.has(id)) els.set(id, makeEl(`#${id}`)); return els.get(id); },
    querySelector: () => null,
    querySelectorAll: () => [],
    createElement: (t) => makeEl(`<${t}>`),
    createTextNode: (t) => ({ textContent: t }),
    createDocumentFragment: () => makeEl('fragment'),
    addEventListener: () => {},
    body: makeEl('body'),
    title: '',
  };
  const sockets = [];
  class FakeWS {
    constructor(url) { this.url = url; this.readyState = 0; this._l = {}; sockets.push(this); }
    addEventListener(t, f) { (this._l[t] ??= []).push(f); }
    removeEventListener() {}
    send() {}
    close() {}
    _emit(t, ev) { if (typeof this[`on${t}`] === 'function') this[`on${t}`](ev); for (const f of this._l[t] ?? []) f(ev); }
  }
  FakeWS.OPEN = 1; FakeWS.CONNECTING = 0; FakeWS.CLOSED = 3;
  const window = {
    document, location: new URL(baseUrl), WebSocket: FakeWS, opener: null,
    addEventListener: () => {}, removeEventListener: () => {},
    fetch: (u, o) => fetch(new URL(u, baseUrl), o),
    setTimeout, clearTimeout, setInterval, clearInterval, console: { log() {}, warn() {}, error() {}, info() {}, debug() {} },
    EventTarget, Event, URL, JSON, Math, Date, Promise, TextEncoder, TextDecoder, queueMicrotask,
    navigator: { userAgent: 'fake' }, requestAnimationFrame: (f) => setTimeout(f, 0),
  };
  window.self = window; window.top = window; window.window = window; window.globalThis = window;
  const context = vm.createContext(window);
  const errors = [];
  try { vm.runInContext(bundleSrc, context, { timeout: 5000 }); } catch (e) { errors.push(String(e)); }
  for (let i = 0; i < 60 && sockets.length === 0; i++) await sleep(50);
  if (sockets.length === 0) return { htmlLog, errors: [...errors, 'the viewer opened no WebSocket'], sockets: 0 };
  const ws = sockets[0];
  ws.readyState = 1;
  ws._emit('open', {});
  for (const m of messages) ws._emit('message', { data: m });
  await sleep(300);
  return { htmlLog, errors, sockets: sockets.length };
}
