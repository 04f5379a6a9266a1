// @ts-check
/**
 * Exercise 6 — the 1964 Protocol's disaster exception, as a reading. Task: `npx cable1957 exercise 6`.
 * Check: `npx cable1957 exercise 6 <this file>`.
 */
import { assign, createMachine } from 'xstate';
import { chineseResidentInKoreaMachine, readings } from 'cable1957';

/** The reading: the cable as written (default), or the 1964 exception read in. */
export const reading = {
  clauses: [],
  question: '',
  why: '',
  default: 'asWritten',
  options: {
    asWritten: { description: '' },
  },
};

// A copy of the machine (give it the new fact; change what the exception needs).
const original = chineseResidentInKoreaMachine;
const copy = createMachine({ ...original.config }).provide(original.implementations);
void assign;
void readings;

/**
 * Your copy under one option of your reading.
 * @param {string} option
 */
export function withReading(option) {
  void option;
  return copy;
}
