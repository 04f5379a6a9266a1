// @ts-check
/**
 * Exercise 5 — a reading of your own. Task: `npx cable1957 exercise 5`.
 * Check: `npx cable1957 exercise 5 <this file>`.
 */
import { createMachine } from 'xstate';
import { chineseResidentInKoreaMachine } from 'cable1957';

/** Your reading, shaped like those in machines/readings.ts. */
export const reading = {
  clauses: [],
  question: '',
  why: '',
  default: 'asNow',
  options: {
    asNow: { description: '', guards: {} },
  },
};

// A copy of the machine (change the config: add the transition or guard your reading needs).
const original = chineseResidentInKoreaMachine;
const copy = createMachine({ ...original.config }).provide(original.implementations);

/**
 * Your copy under one option of your reading.
 * @param {string} option
 */
export function withReading(option) {
  void option;
  return copy;
}
