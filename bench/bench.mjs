// npm run bench — every engine measured side by side in one run, each measurement in a fresh
// process (so its peak RSS is its own), on the baseline scenario's mix of kinds, 10 replications.
//   1. the reference engine (XState) at 10^4, 10^5, 10^6 cases: cases/s and peak RSS;
//   2. XState vs compiled vs the self-contained hand-written program (bench/handWritten.mjs: node
//      built-ins only; its agreement with the engines is test/bench/handWritten.test.ts) at 10^5 and 10^6
//      cases with 1 and 2 workers, and the ratios compiled/XState, hand-written/compiled and
//      2 workers / 1 worker.
// Without --quick, also the compiled engine at 10^7 cases with 1 and 2 workers.
// Options: --quick (10^5 only), --huge (also 10^8 cases on the compiled engine, 2 workers, to show
// that memory stays flat).
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const measure = fileURLToPath(new URL('./measure.mjs', import.meta.url));
const quick = process.argv.includes('--quick');
const huge = process.argv.includes('--huge');
const run = (cases, engine, workers) =>
  JSON.parse(execFileSync(process.execPath, [measure, String(cases), engine, String(workers)], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').at(-1));
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const row = (r) =>
  `${r.engine.padEnd(13)}${String(r.workers).padStart(3)}  ${fmt(r.cases).padStart(11)}  ${r.seconds.toFixed(2).padStart(8)}  ${fmt(r.casesPerSecond).padStart(11)}  ${r.peakRssMB.toFixed(0).padStart(8)}`;
const header = `${'engine'.padEnd(13)}${'wk'.padStart(3)}  ${'cases'.padStart(11)}  ${'seconds'.padStart(8)}  ${'cases/s'.padStart(11)}  ${'RSS MB'.padStart(8)}`;

console.log(`cable1957 bench — node ${process.version}, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}; baseline mix, 10 replications`);
console.log('\n1. reference engine (XState)');
console.log(header);
const reference = (quick ? [1e4, 1e5] : [1e4, 1e5, 1e6]).map((n) => run(n, 'xstate', 1));
reference.forEach((r) => console.log(row(r)));
console.log(`   memory: ${(reference.at(-1).cases / reference[0].cases).toFixed(0)}x the cases, ${(reference.at(-1).peakRssMB / reference[0].peakRssMB).toFixed(2)}x the peak RSS`);

console.log('\n2. engines side by side');
console.log(header);
const results = {};
for (const n of quick ? [1e5] : [1e5, 1e6]) {
  for (const workers of [1, 2]) {
    for (const engine of ['xstate', 'compiled', 'hand-written']) {
      const r = n === 1e6 && workers === 1 && engine === 'xstate' ? reference.at(-1) : run(n, engine, workers);
      results[`${engine}/${workers}/${n}`] = r;
      console.log(row(r));
    }
  }
}
const rate = (engine, workers, n) => results[`${engine}/${workers}/${n}`].casesPerSecond;
console.log('\n   ratios (cases/s over cases/s)');
for (const n of quick ? [1e5] : [1e5, 1e6]) {
  for (const w of [1, 2]) {
    console.log(
      `   ${fmt(n).padStart(9)} cases, ${w} worker${w > 1 ? 's' : ' '}: compiled/xstate ${(rate('compiled', w, n) / rate('xstate', w, n)).toFixed(1)}x` +
        `   hand-written/compiled ${(rate('hand-written', w, n) / rate('compiled', w, n)).toFixed(2)}x`,
    );
  }
  console.log(`   ${fmt(n).padStart(9)} cases, compiled: 2 workers / 1 worker ${(rate('compiled', 2, n) / rate('compiled', 1, n)).toFixed(2)}x`);
}

if (!quick) {
  // Worker threads pay a warm-up each (and share the 2 cores with V8's background GC and JIT):
  // the scaling shows on longer runs.
  const one = run(1e7, 'compiled', 1);
  const two = run(1e7, 'compiled', 2);
  console.log('\n   compiled at 10,000,000 cases');
  console.log(row(one));
  console.log(row(two));
  console.log(`   10,000,000 cases, compiled: 2 workers / 1 worker ${(two.casesPerSecond / one.casesPerSecond).toFixed(2)}x`);
}

if (huge) {
  console.log('\n3. memory at scale: the compiled engine, 2 workers');
  console.log(header);
  for (const n of [1e6, 1e7, 1e8]) console.log(row(run(n, 'compiled', 2)));
}
