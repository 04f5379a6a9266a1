// @ts-check
/** Solution of exercise 7 (teachers' copy: keep it apart from the starters). */
import { baselineScenario, simulate } from 'cable1957';

const base = baselineScenario();
const readings = { ...base.readings, postCableCrossings: 'sameAsEarlierCrossers' };

/** The share of passports and its interval with `replications` replications, seed 1957. */
async function passports(replications) {
  const result = await simulate({ ...base, seed: 1957, replications, readings });
  return result.outcomes['chineseResidentInKorea']?.['passportIssued'] ?? { share: 0, ci95: [0, 1] };
}

// Add replications until the half-width is at most one point. Under seed 1957 that is 15:
// 22.8% (21.8–23.7%). Four times the replications halve the half-width (it shrinks with √n):
// 5 replications give ±1.8 points, 20 give ±0.8. The interval measures Monte Carlo noise under
// the baseline's assumptions, not how sure we are of what happened to people in 1958–60.
let replications = 2;
let found = await passports(replications);
while ((found.ci95[1] - found.ci95[0]) / 2 > 0.01) found = await passports(++replications);

export const answer = { replications, estimate: found.share, ci95: found.ci95 };
