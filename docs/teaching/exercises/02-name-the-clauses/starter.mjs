// @ts-check
/**
 * Exercise 2 — read a case and name its clauses. Task: `npx cable1957 exercise 2`.
 * Check: `npx cable1957 exercise 2 <this file>`.
 */

/**
 * For each case, the clauses of each step (clause ids such as '1a', in any order) and whether the
 * case ends marked for severe punishment under 4b.
 * @type {Record<'A' | 'B' | 'C', { steps: string[][], punished: boolean | null }>}
 */
export const answers = {
  A: { steps: [[], [], [], []], punished: null },
  B: { steps: [[], []], punished: null },
  C: { steps: [[], [], [], [], [], []], punished: null },
};
