#!/usr/bin/env node
// Black-box adversarial harness for the cable1957 CLI.
//   node run.mjs /path/to/project [--only REGEX] [--jobs N] [--keep] [--list] [--out results.json]
// The project directory must hold dist/cli.js (built). Nothing in it is modified: every case
// runs in its own directory under $TMPDIR/cable1957-adversarial-<run>/, with TMPDIR pointing
// inside it. Cases are data (cases.mjs); the rules are in lib.mjs. `npm run adversarial`.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import {
  run, killAll, live, leftovers, snapshotPath, rejectProblems, acceptProblems, signalProblems,
  nonEmptyLines, firstLine, STACK, sleep,
} from './lib.mjs';
import { cases as ALL, buildFixtures, AREAS } from './cases.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(name); if (i < 0) return dflt; const v = argv[i + 1]; argv.splice(i, 2); return v; };
const flag = (name) => { const i = argv.indexOf(name); if (i < 0) return false; argv.splice(i, 1); return true; };
const only = opt('--only', null);
const jobs = +opt('--jobs', '2');
const outFile = opt('--out', path.join(process.cwd(), 'reports', 'adversarial.json'));
const keep = flag('--keep');
const list = flag('--list');

if (list) {
  for (const c of ALL) console.log(`${c.id.padEnd(18)} ${c.area.padEnd(10)} ${(c.d ?? '-').padEnd(4)} ${c.expect.padEnd(7)} ${c.title}`);
  console.log(`${ALL.length} cases`);
  process.exit(0);
}
const project = argv[0] ? path.resolve(argv[0]) : null;
if (!project || !fs.existsSync(path.join(project, 'dist', 'cli.js'))) {
  console.error('usage: node run.mjs /path/to/project   (the project must have dist/cli.js)');
  process.exit(2);
}
const CLI = path.join(project, 'dist', 'cli.js');
const NODE = process.execPath;
// World-readable: some cases run the CLI as user nobody (an unwritable folder is only one for them).
const RUN = fs.mkdtempSync(path.join(os.tmpdir(), 'cable1957-adversarial-'));
fs.chmodSync(RUN, 0o755);
fs.mkdirSync(path.dirname(outFile), { recursive: true });

const cleanup = () => { killAll(); };
process.on('exit', cleanup);
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => { killAll(); process.exit(130); });

// Safety: the real device nodes must be untouched before and after.
const devState = () => ['/dev/null', '/dev/full', '/dev/zero'].map((d) => `${d}:${snapshotPath(d).type}`).join(' ');
const devBefore = devState();

const baseEnv = { ...process.env };
delete baseEnv.NODE_OPTIONS;

function makeCtx(c, data, fx) {
  const dir = path.join(RUN, c.id);
  const tmpdir = path.join(dir, 'tmpd');
  fs.mkdirSync(tmpdir, { recursive: true });
  fs.chmodSync(dir, 0o755);
  fs.chmodSync(tmpdir, 0o1777);
  const pids = new Set();
  const env = { ...baseEnv, TMPDIR: tmpdir, ...(c.env ?? {}) };
  const subst = (a) => (typeof a === 'string' && a.startsWith('@FX/') ? path.join(fx, a.slice(4)) : a);
  const track = (o) => ({ ...o, onSpawn: (child, res) => { pids.add(child.pid); o.onSpawn?.(child, res); } });
  const ctx = {
    id: c.id, dir, tmpdir, fx, data, cli: CLI, node: NODE, pids, env,
    path: (f) => path.join(dir, f),
    run: (cmd, args, o = {}) => run(cmd, args, track({ cwd: dir, ...o, env: { ...env, ...(o.env ?? {}) } })),
    exec: (args, o = {}) => {
      const a = args.map(subst);
      const [cmd, full] = o.asUser ?? c.asUser
        ? ['setpriv', [`--reuid=${o.asUser ?? c.asUser}`, `--regid=${o.asUser ?? c.asUser}`, '--clear-groups', NODE, CLI, ...a]]
        : [NODE, [CLI, ...a]];
      return run(cmd, full, track({ cwd: dir, ...o, env: { ...env, ...(o.env ?? {}) } }));
    },
    sh: (cmd, o = {}) => run('bash', ['-c', cmd], track({ cwd: dir, ...o, env: { ...env, NODE, CLI, FX: fx, ...(o.env ?? {}) } })),
    bg: (args, o = {}) => {
      let child; let res;
      const done = run(NODE, [CLI, ...args.map(subst)], track({ cwd: dir, env, timeout: 25000, stdin: 'keep', ...o, onSpawn: (ch, r) => { child = ch; res = r; } }));
      return {
        done,
        async waitOut(re, ms) {
          const t0 = Date.now();
          while (Date.now() - t0 < ms) {
            const m = res && re.exec(res.liveOut);
            if (m) return m;
            if (res && res.rc !== null) return null;
            await sleep(50);
          }
          return null;
        },
        signal(s) { try { process.kill(child.pid, s); } catch { /* gone */ } },
        kill() { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } },
      };
    },
  };
  return ctx;
}

function inferOuts(c) {
  if (c.outs) return c.outs;
  const a = c.args ?? [];
  const outs = [];
  for (let i = 0; i < a.length - 1; i++) if ((a[i] === '--out' || a[i] === '--save') && a[i + 1] !== '') outs.push(a[i + 1]);
  return outs;
}

function feeder(data, res) {
  return (child) => {
    res.fed = 0;
    let n = 0; let stop = false;
    child.on('close', () => { stop = true; });
    child.stdin.on('error', () => { stop = true; });
    const write = () => {
      while (!stop) {
        const lines = [];
        for (let i = 0; i < 500; i++, n++) lines.push(data.line(n, 'feed'));
        const chunk = `${lines.join('\n')}\n`;
        res.fed += chunk.length;
        if (!child.stdin.write(chunk)) { child.stdin.once('drain', write); return; }
      }
    };
    write();
  };
}

async function runCase(c, data, fx) {
  const ctx = makeCtx(c, data, fx);
  const t0 = Date.now();
  let r; let problems = [];
  try {
    for (const [name, content] of Object.entries(c.files ?? {})) {
      const v = typeof content === 'function' ? content(ctx) : content;
      fs.writeFileSync(path.join(ctx.dir, name), v);
    }
    if (c.setup) await c.setup(ctx);
    ctx.outsBefore = {};
    for (const o of inferOuts(c)) ctx.outsBefore[o] = snapshotPath(path.resolve(ctx.dir, o));
    const fedState = {};
    const runOpts = {
      timeout: c.timeout ?? 20000, mem: c.memHard ?? c.mem, signal: c.signal, onStdout: c.onStdout,
      stdin: c.stdin === 'feed' ? feeder(data, fedState) : typeof c.stdin === 'function' ? c.stdin(ctx) : c.stdin,
    };
    if (c.stdin === 'feed' && c.signal?.poll) runOpts.signal = { ...c.signal, poll: () => c.signal.poll(fedState) };
    const guard = (c.timeout ?? 20000) + 30000;
    const work = c.fn ? c.fn(ctx) : c.sh ? ctx.sh(c.sh, runOpts) : ctx.exec(c.args, runOpts);
    let guardTimer;
    r = await Promise.race([work, new Promise((res) => { guardTimer = setTimeout(res, guard); guardTimer.unref(); }).then(() => ({ rc: null, stderr: '', stdout: '', killed: `harness guard ${guard} ms`, problems: [`harness guard ${guard} ms`] }))]);
    switch (c.expect) {
      case 'reject': problems = rejectProblems(c, r, ctx); break;
      case 'accept': problems = acceptProblems(c, r, ctx); break;
      case 'either': problems = r.rc === 0 && !r.killed ? acceptProblems(c, r, ctx) : rejectProblems(c, r, ctx); break;
      case 'fail': {
        if (r.killed) problems.push(`killed: ${r.killed}`);
        else if (r.rc !== 1 && r.rc !== 2) problems.push(`rc ${r.rc}: the failure was not reported`);
        if (nonEmptyLines(r.stderr).length !== 1) problems.push(`${nonEmptyLines(r.stderr).length} stderr lines, expected 1`);
        if (STACK.test(r.stderr)) problems.push('stack trace / internal error on stderr');
        break;
      }
      case 'signal': problems = signalProblems(c, r, ctx); break;
      case 'custom': problems = [...(r.problems ?? [])]; break;
      default: problems = [`unknown expect ${c.expect}`];
    }
    const left = leftovers(ctx.dir, ctx.tmpdir);
    if (left.length) problems.push(`left behind: ${left.slice(0, 3).join(', ')}${left.length > 3 ? ` (+${left.length - 3})` : ''}`);
  } catch (e) {
    problems.push(`harness error: ${e.stack?.split('\n').slice(0, 2).join(' ') ?? e}`);
    r = r ?? { rc: null, stderr: '' };
  } finally {
    for (const pid of ctx.pids) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } live.delete(pid); }
  }
  const cmd = c.args ? `cable1957 ${c.args.map((a) => (a === '' ? "''" : /[\s"]/.test(a) ? JSON.stringify(a) : a)).join(' ')}` : c.sh ? `bash: ${c.sh}` : '(scripted)';
  return {
    id: c.id, area: c.area, d: c.d ?? null, title: c.title, expect: c.expect, command: cmd.slice(0, 300),
    handled: problems.length === 0, problems,
    rc: r?.rc ?? null, stderr1: firstLine(r?.stderr ?? ''), stderrLines: nonEmptyLines(r?.stderr ?? '').length,
    ms: Date.now() - t0, peakMB: r?.peakMB ? Math.round(r.peakMB) : undefined, skipped: r?.skipped ?? false,
  };
}

async function main() {
  const t0 = Date.now();
  const selected = only ? ALL.filter((c) => new RegExp(only).test(c.id)) : ALL;
  const ids = new Set();
  for (const c of ALL) { if (ids.has(c.id)) throw new Error(`duplicate id ${c.id}`); ids.add(c.id); }
  console.log(`cable1957 adversarial harness: ${selected.length} cases against ${project}`);
  let commit = '';
  try { commit = fs.readFileSync(path.join(project, '.git', 'HEAD'), 'utf8').trim(); } catch { /* worktree or no git */ }
  const rev = await run('git', ['-C', project, 'rev-parse', '--short', 'HEAD'], { timeout: 5000 });
  if (rev.rc === 0) commit = rev.stdout.trim();
  else if (fs.existsSync(path.join(project, 'COMMIT'))) commit = fs.readFileSync(path.join(project, 'COMMIT'), 'utf8').trim();
  console.log(`commit: ${commit || 'unknown'}`);
  const fx = path.join(RUN, 'fixtures');
  fs.mkdirSync(fx, { recursive: true }); fs.chmodSync(fx, 0o755);
  const tf = Date.now();
  const data = await buildFixtures(fx, (args, o) => run(NODE, [CLI, ...args], { ...o, env: { ...baseEnv, TMPDIR: os.tmpdir() } }));
  console.log(`fixtures built in ${((Date.now() - tf) / 1000).toFixed(1)} s`);

  const results = [];
  const par = selected.filter((c) => !c.solo);
  const solo = selected.filter((c) => c.solo);
  let done = 0;
  const report = (res) => {
    done++;
    results.push(res);
    const mark = res.handled ? 'ok ' : 'VIOL';
    process.stdout.write(`[${String(done).padStart(3)}/${selected.length}] ${mark} ${res.id.padEnd(18)} ${(res.d ?? '').padEnd(4)} ${(res.ms / 1000).toFixed(1).padStart(5)}s  ${res.handled ? '' : res.problems[0]}\n`);
  };
  let next = 0;
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, async () => {
    while (next < par.length) { const c = par[next++]; report(await runCase(c, data, fx)); }
  }));
  for (const c of solo) report(await runCase(c, data, fx));
  killAll();

  const order = new Map(ALL.map((c, i) => [c.id, i]));
  results.sort((a, b) => order.get(a.id) - order.get(b.id));
  const secs = (Date.now() - t0) / 1000;

  // per-area table
  const rows = AREAS.map(([area, label, rT, rH, rV]) => {
    const rs = results.filter((r) => r.area === area);
    return { area, label, tried: rs.length, handled: rs.filter((r) => r.handled).length, violated: rs.filter((r) => !r.handled).length, report: { tried: rT, handled: rH, violated: rV } };
  });
  const tot = { tried: results.length, handled: results.filter((r) => r.handled).length, violated: results.filter((r) => !r.handled).length };
  console.log('\nPer area                                                      tried handled violated   (report: tried/handled/violated)');
  for (const r of rows) console.log(`  ${r.label.padEnd(60)} ${String(r.tried).padStart(5)} ${String(r.handled).padStart(7)} ${String(r.violated).padStart(8)}   (${r.report.tried}/${r.report.handled}/${r.report.violated})`);
  console.log(`  ${'total'.padEnd(60)} ${String(tot.tried).padStart(5)} ${String(tot.handled).padStart(7)} ${String(tot.violated).padStart(8)}   (389/295/94)`);

  // D rows
  const D = Array.from({ length: 19 }, (_, i) => `D${i + 1}`);
  const drows = D.map((d) => { const rs = results.filter((r) => r.d === d); return { d, cases: rs.length, violated: rs.filter((r) => !r.handled).length }; });
  console.log('\nD-rows (cases / still violated):');
  console.log(`  ${drows.map((x) => `${x.d} ${x.violated}/${x.cases}`).join('   ')}`);
  const untagged = results.filter((r) => !r.d && !r.handled);
  console.log(`  violations with no D-row: ${untagged.length}`);

  console.log('\nViolations (id, D, rc, first stderr line | why):');
  for (const r of results.filter((x) => !x.handled)) {
    console.log(`  ${r.id.padEnd(18)} ${(r.d ?? '-').padEnd(4)} rc=${String(r.rc).padEnd(4)} ${r.title}`);
    console.log(`      stderr: ${r.stderr1 || '(empty)'}${r.stderrLines > 1 ? ` [+${r.stderrLines - 1} lines]` : ''}`);
    console.log(`      why:    ${r.problems.join('; ')}`);
  }
  const devAfter = devState();
  if (devAfter !== devBefore) console.log(`\n!!! device nodes changed: before ${devBefore} after ${devAfter}`);
  console.log(`\nTotal runtime ${secs.toFixed(0)} s (${jobs} parallel, ${solo.length} solo cases). Results: ${outFile}`);
  fs.writeFileSync(outFile, JSON.stringify({ project, commit, when: new Date().toISOString(), seconds: Math.round(secs), totals: tot, areas: rows, dRows: drows, devices: { before: devBefore, after: devAfter }, cases: results }, null, 2));
  if (!keep) fs.rmSync(RUN, { recursive: true, force: true });
  else console.log(`kept ${RUN}`);
}

main().then(() => process.exit(0), (e) => { console.error(e); killAll(); process.exit(1); });
