// node bench/workerCosts.mjs [cases] — where the fixed cost of a second thread goes, each part in
// milliseconds measured directly (median of 5), on the baseline mix at `cases` (default 10^6), 10
// replications; run after `npx tsup`. Not part of `npm run bench` (it explains a ratio there):
//   thread start-up     an empty worker, spawn to exit;
//   worker boot         the simulation worker with nothing to do: start-up, loading its bundle,
//                       planning and compiling the machines;
//   first unit          the first unit (a kind in a replication) a fresh thread runs, and the same
//                       unit run again warm: the difference is JIT warm-up, paid once per thread;
//   tallies             one replication's tallies: their size, and a structured clone (what
//                       postMessage does to them) on the main thread;
//   merge               summarizing the 10 replications into the result (main thread, once);
//   slicing             a replication through simulate() (in slices on the main thread, merged) against
//                       runReplication in one go;
//   CPU by thread       simulate() with 1 and 2 workers, each in a fresh process: the CPU time of the
//                       main thread, of the worker threads and of V8's own threads (garbage collection
//                       helpers, the optimizing compiler), from Linux's /proc/self/task/*/schedstat.
//                       Unlike wall time, it hardly depends on what else the machine runs: on 2 cores,
//                       2 workers cannot take less wall time than half the process's CPU time.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { baselineScenario, simulate } from '../dist/index.js';
import { compiledEngine, planSimulation, runReplication, summarize } from '../dist/internal.js';

const child = process.argv[2] === '--cpu-by-thread';
const total = Number(process.argv[child ? 3 : 2] ?? 1e6);
const base = baselineScenario();
const replications = 10;
const perRep = Object.values(base.population).reduce((a, p) => a + p.count, 0);
const population = Object.fromEntries(Object.entries(base.population).map(([kind, p]) => [kind, { ...p, count: Math.round((p.count / perRep) * (total / replications)) }]));
const scenario = { ...base, replications, population };
const limits = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };
const median = (xs) => xs.slice().sort((a, b) => a - b)[(xs.length - 1) >> 1];
const ms = (x) => `${x.toFixed(1).padStart(7)} ms`;
const timed = async (f) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};
const thread = (file, workerData) =>
  new Promise((resolve, reject) => {
    const w = new Worker(file, { workerData, resourceLimits: limits, eval: typeof file === 'string' && !file.startsWith('/') });
    w.on('error', reject);
    w.on('exit', resolve);
  });
const times = async (n, f) => {
  const xs = [];
  for (let i = 0; i < n; i++) xs.push(await timed(f));
  return median(xs);
};

if (child) {
  // One simulate() in this process; the CPU time of every thread, sampled until each ends.
  const cpuOf = (tid) => {
    try {
      return Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
    } catch {
      return undefined;
    }
  };
  const threads = () => readdirSync('/proc/self/task');
  const before = new Map(threads().map((t) => [t, cpuOf(t)]));
  const last = new Map();
  const sample = () => threads().forEach((t) => last.set(t, cpuOf(t) ?? last.get(t)));
  // Every 20 ms: a worker's last 20 ms at most are missed; sampling costs the main thread ~0.3 ms a time.
  const timer = setInterval(sample, 20);
  const started = performance.now();
  await simulate(scenario, { engine: 'compiled', workers: Number(process.argv[4]) });
  const wall = performance.now() - started;
  sample();
  clearInterval(timer);
  const by = { main: 0, workers: 0, v8: 0 };
  for (const [t, ms] of last) {
    const role = t === String(process.pid) ? 'main' : before.has(t) ? 'v8' : 'workers';
    by[role] += ms - (before.get(t) ?? 0);
  }
  console.log(JSON.stringify({ wall, ...by }));
  process.exit(0);
}

const worker = fileURLToPath(new URL('../dist/simulationWorker.js', import.meta.url));
const empty = await times(5, () => thread('0', {}));
const boot = await times(5, () => thread(worker, { scenario, engine: 'compiled', units: [], next: new Int32Array(new SharedArrayBuffer(4)) }));
console.log(`workerCosts — node ${process.version}, ${total.toLocaleString('en-US')} cases, 10 replications`);
console.log(`thread start-up (empty worker)        ${ms(empty)}`);
console.log(`worker boot (load, plan, compile)     ${ms(boot)}`);

// The largest unit of replication 0 in a fresh thread (cold) and then again (warm), in one worker.
const plan = planSimulation(scenario);
const largest = plan.kinds.reduce((a, k, i) => (k.count > plan.kinds[a].count ? i : a), 0);
const probe = `
  const { parentPort, workerData } = require('node:worker_threads');
  import(workerData.internal).then(({ compiledEngine, planSimulation, runReplication }) => {
    const plan = planSimulation(workerData.scenario);
    const sub = { ...plan, kinds: [plan.kinds[workerData.kind]] };
    const run = compiledEngine.prepare(plan);
    const t0 = performance.now(); runReplication(sub, run, 0);
    const t1 = performance.now(); runReplication(sub, run, 0);
    const t2 = performance.now(); runReplication(sub, run, 0);
    parentPort.postMessage([t1 - t0, (performance.now() - t1) / 2]);
  });`;
const warm = [];
for (let i = 0; i < 5; i++) {
  warm.push(
    await new Promise((resolve, reject) => {
      const w = new Worker(probe, { eval: true, workerData: { scenario, kind: largest, internal: new URL('../dist/internal.js', import.meta.url).href }, resourceLimits: limits });
      w.on('message', resolve);
      w.on('error', reject);
    }),
  );
}
const cold = median(warm.map((w) => w[0]));
const hot = median(warm.map((w) => w[1]));
console.log(`first unit (${plan.kinds[largest].count.toLocaleString('en-US')} cases): cold ${ms(cold).trim()}, warm ${ms(hot).trim()}: warm-up ${ms(cold - hot).trim()} per thread`);

const run = compiledEngine.prepare(plan);
const reps = Array.from({ length: replications }, (_, rep) => runReplication(plan, run, rep));
const bytes = JSON.stringify(reps[0]).length;
const clone = await times(5, () => structuredClone(reps[0]));
console.log(`tallies of one replication             ${(bytes / 1024).toFixed(1).padStart(7)} KB as JSON; structured clone ${ms(clone).trim()}`);
const merge = await times(5, () => summarize(reps, Object.fromEntries(plan.kinds.map((k) => [k.kind, k.outcomes]))));
console.log(`merge of 10 replications (summarize)   ${ms(merge)}`);
// simulate() of one replication runs it on the main thread in slices (with the clock checked
// after each and the event loop let in every 50 ms), then merges; runReplication runs it in one go.
const one = { ...scenario, replications: 1 };
const whole = await times(3, () => runReplication(planSimulation(one), compiledEngine.prepare(planSimulation(one)), 0));
const sliced = await times(3, () => simulate(one, { engine: 'compiled' }));
console.log(`one replication in one go / simulate() ${ms(whole)} / ${ms(sliced).trim()}`);

const byThread = (workers) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--cpu-by-thread', String(total), String(workers)], { encoding: 'utf8' }));
const cpu = [1, 2].map((workers) => [1, 2, 3].map(() => byThread(workers)).sort((a, b) => a.main + a.workers + a.v8 - (b.main + b.workers + b.v8))[1]);
console.log('CPU by thread (the median of 3 runs by total), ms:');
cpu.forEach((c, i) =>
  console.log(`  ${i + 1} worker${i ? 's' : ' '}: main ${c.main.toFixed(0).padStart(5)}  workers ${c.workers.toFixed(0).padStart(5)}  V8 (GC, compiler) ${c.v8.toFixed(0).padStart(4)}  total ${(c.main + c.workers + c.v8).toFixed(0).padStart(5)}  wall ${c.wall.toFixed(0).padStart(5)}`),
);
const [alone, two] = cpu.map((c) => c.main + c.workers + c.v8);
// One worker's run is as long as its main thread's CPU time (V8's threads use the other core);
// two workers' is at least half of all the CPU time, V8's included (they share the 2 cores).
console.log(`  a second thread costs ${(two - alone).toFixed(0)} ms of CPU; on 2 free cores: 1 worker >= ${cpu[0].main.toFixed(0)} ms, 2 workers >= ${(two / 2).toFixed(0)} ms: 2 workers / 1 worker <= ${(cpu[0].main / (two / 2)).toFixed(2)}x`);
