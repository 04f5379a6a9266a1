// npm run bench — every figure of issue #15 in one run, each measurement in a fresh process (so its
// peak RSS is its own), on the baseline scenario's mix of kinds, 10 replications:
//   1. simulate: XState vs compiled vs the self-contained hand-written program (bench/handWritten.mjs:
//      node built-ins only; its agreement with the engines is test/bench/handWritten.test.ts) at
//      10^5, 10^6 and 10^7 cases with 1 and 2 workers, and the ratios compiled/XState,
//      hand-written/compiled and 2 workers / 1 worker. XState at 10^7 (about 200 s a run) is
//      skipped unless --xstate-1e7;
//   2. start-up: `simulate` of one case, whole process, median of repeated runs (bench/startup.mjs);
//   3. calibrate beside simulate on the same cases, 1 and 2 workers (bench/calibrate.mjs --child);
//   4. with --huge: the compiled engine at 10^8 cases, 1 and 2 workers, for peak RSS;
// then the targets of issue #15, each with its figure and met / not met.
// The machine may be shared: compiled and hand-written run alternately, --repeats times each
// (default 3; 2 at 10^7), and each figure is the median run (peak RSS: the largest); the load
// average is printed at the start and the end.
// Options: --quick (10^5 only, one run each: a check that the bench works, not a measurement),
// --huge, --xstate-1e7, --repeats N, --write-readme (put the printed text into README.md between
// <!-- bench:begin --> and <!-- bench:end -->; --readme FILE to write another file).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { withSection } from './readmeSection.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const quick = flag('--quick');
const huge = flag('--huge');
const xstateAt1e7 = flag('--xstate-1e7');
const repeats = Number(option('--repeats', quick ? 1 : 3));
const readmeFile = flag('--write-readme') ? option('--readme', here('../README.md')) : undefined;
if (readmeFile) {
  // Refused before minutes of measuring, not after.
  try {
    withSection(readFileSync(readmeFile, 'utf8'), 'bench', '');
  } catch (error) {
    console.error(`bench: --write-readme: ${error.message}`);
    process.exit(2);
  }
}

const lines = [];
const say = (text = '') => {
  console.log(text);
  lines.push(text);
};
const child = (script, args) => JSON.parse(execFileSync(process.execPath, [here(script), ...args.map(String)], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').at(-1));
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const median = (xs) => xs.slice().sort((a, b) => a - b)[(xs.length - 1) >> 1];
const load = () => loadavg()[0].toFixed(2);
const loadAtStart = load();

/** The run with the median time of several (its peak RSS replaced by the largest of them). */
const typical = (runs) => {
  const mid = median(runs.map((r) => r.seconds));
  return { ...runs.find((r) => r.seconds === mid), peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)), runs: runs.length };
};

const header = `${'engine'.padEnd(13)}${'wk'.padStart(3)}  ${'cases'.padStart(11)}  ${'seconds'.padStart(8)}  ${'cases/s'.padStart(11)}  ${'CPU s'.padStart(7)}  ${'RSS MB'.padStart(7)}  runs`;
const row = (r) =>
  `${r.engine.padEnd(13)}${String(r.workers).padStart(3)}  ${fmt(r.cases).padStart(11)}  ${r.seconds.toFixed(2).padStart(8)}  ${fmt(r.casesPerSecond).padStart(11)}  ${r.cpuSeconds.toFixed(2).padStart(7)}  ${r.peakRssMB.toFixed(0).padStart(7)}  ${String(r.runs).padStart(4)}`;

say(`cable1957 bench — node ${process.version}, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}; baseline mix, 10 replications${quick ? '; --quick (one run each: not a measurement)' : ''}`);
say(`each row: the median of "runs" runs, each in a fresh process (RSS: the largest); load average (1 min) at the start: ${loadAtStart}`);

// 1. simulate, engines side by side.
say('\n1. simulate: engines side by side');
say(header);
const sizes = quick ? [1e5] : [1e5, 1e6, 1e7];
const results = {};
const key = (engine, workers, n) => `${engine}/${workers}/${n}`;
for (const n of sizes) {
  const fast = {};
  // Compiled and hand-written alternate, so that a busier moment of the machine falls on both.
  const times = n >= 1e7 ? Math.min(repeats, 2) : repeats;
  for (let i = 0; i < times; i++) {
    for (const workers of [1, 2]) {
      for (const engine of ['compiled', 'hand-written']) (fast[key(engine, workers, n)] ??= []).push(child('measure.mjs', [n, engine, workers]));
    }
  }
  for (const workers of [1, 2]) {
    if (n < 1e7 || xstateAt1e7) results[key('xstate', workers, n)] = typical([child('measure.mjs', [n, 'xstate', workers])]);
    for (const engine of ['compiled', 'hand-written']) results[key(engine, workers, n)] = typical(fast[key(engine, workers, n)]);
    for (const engine of ['xstate', 'compiled', 'hand-written']) if (results[key(engine, workers, n)]) say(row(results[key(engine, workers, n)]));
  }
}
if (!quick && !xstateAt1e7) say('(xstate at 10,000,000 cases: skipped, about 200 s a run; --xstate-1e7 runs it)');
const rate = (engine, workers, n) => results[key(engine, workers, n)]?.casesPerSecond;
const ratio = (a, b) => (a !== undefined && b !== undefined ? a / b : undefined);
const x = (r, digits = 2) => (r === undefined ? '—' : `${r.toFixed(digits)}x`);
say('\n   ratios of cases/s');
say(`   ${'cases'.padStart(11)}   compiled/xstate     hand-written/compiled   compiled 2 wk/1 wk`);
say(`   ${''.padStart(11)}   1 wk      2 wk      1 wk      2 wk`);
for (const n of sizes) {
  say(
    `   ${fmt(n).padStart(11)}   ${x(ratio(rate('compiled', 1, n), rate('xstate', 1, n)), 1).padEnd(8)}  ${x(ratio(rate('compiled', 2, n), rate('xstate', 2, n)), 1).padEnd(8)}  ` +
      `${x(ratio(rate('hand-written', 1, n), rate('compiled', 1, n))).padEnd(8)}  ${x(ratio(rate('hand-written', 2, n), rate('compiled', 2, n))).padEnd(8)}  ${x(ratio(rate('compiled', 2, n), rate('compiled', 1, n)))}`,
  );
}

// 2. start-up.
const startup = child('startup.mjs', [quick ? 5 : 21]);
say(`\n2. start-up: simulate of one case (one replication), whole process, median of ${startup.runs} runs`);
say(`   ${startup.medianMs.toFixed(0)} ms (min ${startup.minMs.toFixed(0)}, max ${startup.maxMs.toFixed(0)}); node -e 0 alone: ${startup.nodeMs.toFixed(0)} ms`);

// 3. calibrate beside simulate.
const points = quick ? 10 : 100;
say(`\n3. calibrate beside simulate: exodus1961, ${fmt(points)} points of one replication; simulate runs the same cases`);
say(`${'run'.padEnd(13)}${'wk'.padStart(3)}  ${'cases'.padStart(11)}  ${'seconds'.padStart(8)}  ${'cases/s'.padStart(11)}  ${'RSS MB'.padStart(7)}  runs`);
const calibration = {};
for (let i = 0; i < Math.min(repeats, 2); i++) {
  for (const workers of [1, 2]) {
    // Alternate the order of the pair so that neither always runs on a warmer machine.
    const order = (i + workers) % 2 === 0 ? ['simulate', 'calibrate'] : ['calibrate', 'simulate'];
    for (const what of order) (calibration[`${what}/${workers}`] ??= []).push(child('calibrate.mjs', ['--child', what, points, workers]));
  }
}
const cal = Object.fromEntries(Object.entries(calibration).map(([k, runs]) => [k, typical(runs)]));
for (const workers of [1, 2]) {
  for (const what of ['simulate', 'calibrate']) {
    const r = cal[`${what}/${workers}`];
    say(`${what.padEnd(13)}${String(workers).padStart(3)}  ${fmt(r.cases).padStart(11)}  ${r.seconds.toFixed(2).padStart(8)}  ${fmt(r.casesPerSecond).padStart(11)}  ${r.peakRssMB.toFixed(0).padStart(7)}  ${String(r.runs).padStart(4)}`);
  }
}
const calRate = (what, workers) => cal[`${what}/${workers}`].casesPerSecond;
say(`   calibrate/simulate cases/s: 1 wk ${x(calRate('calibrate', 1) / calRate('simulate', 1))}, 2 wk ${x(calRate('calibrate', 2) / calRate('simulate', 2))}; 2 wk/1 wk: simulate ${x(calRate('simulate', 2) / calRate('simulate', 1))}, calibrate ${x(calRate('calibrate', 2) / calRate('calibrate', 1))}`);

// 4. memory at scale.
let hugeRss;
if (huge) {
  say('\n4. memory at scale: the compiled engine at 100,000,000 cases');
  say(header);
  const rows = [1, 2].map((workers) => typical([child('measure.mjs', [1e8, 'compiled', workers])]));
  rows.forEach((r) => say(row(r)));
  hugeRss = Math.max(...rows.map((r) => r.peakRssMB));
}

// The targets: issue #15's "done when", each with what this run measured.
const at = quick ? 1e5 : 1e6;
const atText = quick ? '10^5 (--quick)' : '10^6';
const targets = [
  [`compiled >= 100x XState, ${atText} cases, 1 worker`, ratio(rate('compiled', 1, at), rate('xstate', 1, at)), (v) => `${v.toFixed(1)}x`, (v) => v >= 100],
  [`hand-written/compiled <= 2.0, ${atText} cases, 1 worker`, ratio(rate('hand-written', 1, at), rate('compiled', 1, at)), (v) => `${v.toFixed(2)}x`, (v) => v <= 2],
  [`2 workers >= 1.8x one, compiled, ${atText} cases`, ratio(rate('compiled', 2, at), rate('compiled', 1, at)), (v) => `${v.toFixed(2)}x`, (v) => v >= 1.8],
  ['peak RSS < 200 MB at 10^8 cases', hugeRss, (v) => `${v.toFixed(0)} MB`, (v) => v < 200, 'not measured (--huge)'],
  ['simulate start-up for one case <= 150 ms', startup.medianMs, (v) => `${v.toFixed(0)} ms`, (v) => v <= 150],
];
say('\ntargets (issue #15)');
for (const [what, value, show, met, missing = 'not measured'] of targets) {
  say(`   ${what.padEnd(58)} ${(value === undefined ? '—' : show(value)).padStart(9)}   ${value === undefined ? missing : met(value) ? 'met' : 'NOT MET'}`);
}
say(`load average (1 min): ${loadAtStart} at the start, ${load()} at the end (${cpus().length} cores; anything else running shares them)`);

if (readmeFile) {
  writeFileSync(readmeFile, withSection(readFileSync(readmeFile, 'utf8'), 'bench', lines.join('\n')));
  console.log(`\nwritten between the bench markers of ${readmeFile}`);
}
