// One measurement in its own process (so peak RSS is its own): the reference XState engine on the
// baseline scenario scaled to N cases (10 replications, the baseline's mix of kinds).
// Prints one JSON line: { cases, seconds, casesPerSecond, peakRssMB }.
import { baselineScenario, simulate } from '../dist/index.js';

const total = Number(process.argv[2]);
const engine = process.argv[3] ?? 'xstate';
const base = baselineScenario();
const replications = 10;
const perRep = Object.values(base.population).reduce((a, p) => a + p.count, 0);
const population = Object.fromEntries(
  Object.entries(base.population).map(([kind, p]) => [kind, { ...p, count: Math.round((p.count / perRep) * (total / replications)) }]),
);
const scenario = { ...base, replications, population };
const cases = Object.values(population).reduce((a, p) => a + p.count, 0) * replications;
const started = process.hrtime.bigint();
await simulate(scenario, { engine });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ cases, seconds, casesPerSecond: cases / seconds, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
