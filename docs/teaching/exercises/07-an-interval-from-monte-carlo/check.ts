import { baselineScenario, simulate } from '../../../../src/index.js';
import type { CheckResult, LoadedFile } from '../../../../src/exercise/Exercise.js';
import { failed, passed } from '../support/failed.js';

const kind = 'chineseResidentInKorea';
const outcome = 'passportIssued';
const reading = { postCableCrossings: 'sameAsEarlierCrossers' };
const halfWidth = 0.01;
// Answers may be rounded to a tenth of a percentage point.
const tolerance = 0.0005;

async function share(replications: number) {
  const base = baselineScenario();
  // The compiled engine gives the same figures as the XState engine, faster.
  const result = await simulate({ ...base, seed: 1957, replications, readings: { ...base.readings, ...reading } }, { engine: 'compiled' });
  return result.outcomes[kind]![outcome]!;
}

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

/** Exercise 7: a share with its 95% interval, half-width at most one point, with the fewest replications. */
export async function check(file: LoadedFile): Promise<CheckResult> {
  if (file.kind !== 'module') return failed('hand in a module (.mjs)');
  const answer = file.exports['answer'] as { replications?: unknown; estimate?: unknown; ci95?: unknown } | undefined;
  if (typeof answer !== 'object' || answer === null) return failed('export "answer" = { replications, estimate, ci95 }');
  const { replications, estimate, ci95 } = answer;
  if (typeof replications !== 'number' || !Number.isInteger(replications) || replications < 2 || replications > 200) {
    return failed('answer.replications: the number of replications you ran, a whole number from 2 (one replication gives no spread across replications) to 200');
  }
  if (typeof estimate !== 'number' || !Array.isArray(ci95) || ci95.length !== 2 || !ci95.every((x) => typeof x === 'number')) {
    return failed('answer.estimate must be a number and answer.ci95 a pair of numbers [low, high], as fractions');
  }
  const run = await share(replications);
  if (Math.abs(estimate - run.share) > tolerance) {
    return failed(`answer.estimate is not the share of ${outcome} that ${replications} replications give: ${estimate > 1 ? 'give it as a fraction, not a percentage; ' : ''}check the reading, the seed, the case kind and the outcome`);
  }
  const [low, high] = ci95 as [number, number];
  if (Math.abs(low - run.ci95[0]) > tolerance || Math.abs(high - run.ci95[1]) > tolerance) {
    return failed('answer.ci95 is not the interval of that run: take it from the same result as the estimate');
  }
  const half = (run.ci95[1] - run.ci95[0]) / 2;
  if (half > halfWidth) return failed(`with ${replications} replications the interval is \u00b1${pct(half)}, wider than \u00b11 point: how does the half-width shrink with replications?`);
  const fewer = await share(replications - 1);
  if ((fewer.ci95[1] - fewer.ci95[0]) / 2 <= halfWidth) return failed(`${replications - 1} replications already give an interval within \u00b11 point: find the fewest`);
  return passed(`${pct(run.share)} (95% interval ${pct(run.ci95[0])}\u2013${pct(run.ci95[1])}) with ${replications} replications, the fewest that give \u00b11 point. The interval is Monte Carlo noise under the scenario's assumptions, not uncertainty about history`);
}
