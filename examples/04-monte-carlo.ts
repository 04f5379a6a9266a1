/**
 * Example 04 — a Monte Carlo comparison of two readings of the cable.
 *
 * The same population (same seed, so every case draws the same facts and behaviour: common
 * random numbers) under the two readings of `postCableCrossings`. What share of Chinese crossers
 * ends repatriated, with a 95% interval, under each? The difference is the reading's effect, not
 * noise in the population. A descriptive model of a historical policy, for study: not a tool for
 * deciding about people.
 *
 * Run: npx tsx examples/04-monte-carlo.ts
 */
import { baselineScenario, simulate } from 'cable1957';

const base = baselineScenario();
const scenario = { ...base, replications: 10 };
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

for (const option of ['returnAndPunish', 'sameAsEarlierCrossers']) {
  const result = await simulate({ ...scenario, readings: { ...scenario.readings, postCableCrossings: option } });
  const crk = result.outcomes['chineseResidentInKorea']!;
  console.log(`postCableCrossings = ${option}`);
  for (const [outcome, o] of Object.entries(crk)) {
    console.log(`  ${outcome.padEnd(22)} ${pct(o.share).padStart(6)}  95% CI ${pct(o.ci95[0])}–${pct(o.ci95[1])}`);
  }
  const t = result.timeToOutcomeDays['chineseResidentInKorea']?.['passportIssued'];
  if (t) console.log(`  a passport takes ${t.median.toFixed(0)} days at the median, ${t.p90.toFixed(0)} at the 90th percentile`);
}
