// @ts-check
/**
 * Exercise 3's broken machine: the chineseResidentInKorea machine as a careless modeller left it.
 * Somewhere clause 3 does not hold. Let your property find where before you read on.
 */
import { chineseResidentInKoreaMachine } from 'cable1957';

/** The broken copy (the real machine is not changed: `provide` makes a new one). */
export const brokenMachine = chineseResidentInKoreaMachine.provide({
  guards: {
    // The bug: clause 3 made to wait while the Korean side is asked for its consent.
    clause3Covers: ({ context }) => /** @type {{ path: string[] }} */ (context).path.at(-1) !== 'consentSought',
  },
});
