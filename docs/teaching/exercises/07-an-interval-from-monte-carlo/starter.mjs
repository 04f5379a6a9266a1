// @ts-check
/**
 * Exercise 7 — answer a question with an interval. Task: `npx cable1957 exercise 7`.
 * Check: `npx cable1957 exercise 7 <this file>`.
 */
import { baselineScenario, simulate } from 'cable1957';

const base = baselineScenario();
// Change what the question asks for (the reading; the number of replications).
const scenario = { ...base, seed: 1957, replications: 2 };
const result = await simulate(scenario);
console.log(result.outcomes['chineseResidentInKorea']);

/** Your answer: the replications you used, the estimated share and its 95% interval (fractions). */
export const answer = { replications: 0, estimate: 0, ci95: [0, 0] };
