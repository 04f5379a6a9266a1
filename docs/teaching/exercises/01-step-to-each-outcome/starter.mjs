// @ts-check
/**
 * Exercise 1 — step a case to each outcome. Task: `npx cable1957 exercise 1`.
 * Fill in each list with event names such as 'authorities.screen', in the order they happen.
 * Check: `npx cable1957 exercise 1 <this file>`.
 */

/**
 * The Chinese resident who crossed into Korea on 1957-06-10, with no crime or pending case:
 * the events that end the case in each outcome.
 * @type {Record<'repatriated' | 'passportIssued' | 'citizenshipRenounced', string[]>}
 */
export const walks = {
  repatriated: [],
  passportIssued: [],
  citizenshipRenounced: [],
};

/**
 * The Korean citizen who crossed into China on 1957-06-10, with no crime or pending case.
 * @type {Record<'repatriated' | 'residing', string[]>}
 */
export const koreanWalks = {
  repatriated: [],
  residing: [],
};
