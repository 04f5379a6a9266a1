// One measurement in its own process: an engine on the baseline mix scaled to N cases
// (10 replications), with W workers (`hand-written`: bench/handWritten.mjs, which shares no code
// with the library; only the scenario comes from it). Prints one JSON line: { engine, cases, workers, seconds, casesPerSecond, cpuSeconds, peakRssMB }
// (cpuSeconds: the process's user + system time over the run, every thread of it).
import { baselineScenario, simulate } from '../dist/index.js';
import { handWrittenEngine } from './handWritten.mjs';

const [total, engine = 'compiled', workersText = '1'] = process.argv.slice(2);
const workers = Number(workersText);
const base = baselineScenario();
const replications = 10;
const perRep = Object.values(base.population).reduce((a, p) => a + p.count, 0);
const population = Object.fromEntries(
  Object.entries(base.population).map(([kind, p]) => [kind, { ...p, count: Math.round((p.count / perRep) * (Number(total) / replications)) }]),
);
const scenario = { ...base, replications, population };
const cases = Object.values(population).reduce((a, p) => a + p.count, 0) * replications;
const cpu = process.cpuUsage();
const started = process.hrtime.bigint();
if (engine === 'hand-written') await handWrittenEngine(scenario, workers);
else await simulate(scenario, { engine, workers });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ engine, cases, workers, seconds, casesPerSecond: cases / seconds, cpuSeconds: (used.user + used.system) / 1e6, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
