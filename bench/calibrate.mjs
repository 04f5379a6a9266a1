// npm run bench:calibrate — calibrate's speed beside simulate's, measured side by side in one run
// (issue #12: calibrate's cases/s within 10% of simulate's on the same scenario).
// Each measurement runs in a fresh process and times only the run (not the module load):
//   simulate: the exodus1961 scenario with exactly the kinds calibrate runs (those its record
//             measures), as many replications as calibrate has points, so both run the same cases;
//   calibrate: the same scenario, N design points of one replication each.
// Options: --points N (default 2000), --workers W (default 1; 2 also measures two workers).
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};

if (process.argv[2] === '--child') {
  const [, , , what, pointsText, workersText] = process.argv;
  const { calibrate, embeddedScenario, simulate } = await import('../dist/index.js');
  const base = embeddedScenario('exodus1961');
  const points = Number(pointsText);
  const workers = Number(workersText);
  const measured = new Set(base.record.map((c) => c.measure.kind));
  const started = process.hrtime.bigint();
  let cases;
  if (what === 'simulate') {
    const population = Object.fromEntries(Object.entries(base.population).map(([k, p]) => [k, measured.has(k) ? p : { ...p, count: 0 }]));
    const scenario = { ...base, population, replications: points };
    await simulate(scenario, { engine: 'compiled', workers });
    cases = Object.values(population).reduce((a, p) => a + p.count, 0) * points;
  } else {
    const result = await calibrate(base, { points, workers });
    cases = result.cases;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({ what, workers, cases, seconds, casesPerSecond: cases / seconds, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
} else {
  const points = arg('--points', 2000);
  const maxWorkers = arg('--workers', 1);
  const run = (what, workers) => JSON.parse(execFileSync(process.execPath, [here, '--child', what, String(points), String(workers)], { encoding: 'utf8' }).trim().split('\n').at(-1));
  const fmt = (n) => Math.round(n).toLocaleString('en-US');
  console.log(`cable1957 bench:calibrate — node ${process.version}, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}; exodus1961, ${fmt(points)} points`);
  console.log(`${'run'.padEnd(10)}${'wk'.padStart(3)}  ${'cases'.padStart(12)}  ${'seconds'.padStart(8)}  ${'cases/s'.padStart(11)}  ${'RSS MB'.padStart(7)}`);
  for (let workers = 1; workers <= maxWorkers; workers++) {
    // Alternate the order of the pair so that neither always runs on a warmer machine.
    const pair = workers % 2 === 1 ? [run('simulate', workers), run('calibrate', workers)] : [run('calibrate', workers), run('simulate', workers)].reverse();
    for (const r of pair) console.log(`${r.what.padEnd(10)}${String(r.workers).padStart(3)}  ${fmt(r.cases).padStart(12)}  ${r.seconds.toFixed(2).padStart(8)}  ${fmt(r.casesPerSecond).padStart(11)}  ${r.peakRssMB.toFixed(0).padStart(7)}`);
    console.log(`   ${workers} worker${workers > 1 ? 's' : ''}: calibrate / simulate cases/s = ${(pair[1].casesPerSecond / pair[0].casesPerSecond).toFixed(3)}`);
  }
}
