// @ts-check
/**
 * Exercise 4 — apply a reading and predict what it changes. Task: `npx cable1957 exercise 4`.
 * Check: `npx cable1957 exercise 4 <this file>`.
 */
import { applyReadings, chineseResidentInKoreaMachine } from 'cable1957';

/**
 * 1. Your predictions, made before running the case: the outcome and the basis (clause ids,
 * each once, in the order first cited) under each reading.
 * @type {Record<'default' | 'mobilizeAgain', { outcome: string, basis: string[] }>}
 */
export const prediction = {
  default: { outcome: '', basis: [] },
  mobilizeAgain: { outcome: '', basis: [] },
};

/**
 * 2. The machine under koreanSideDeclines=mobilizeAgain. Replace the line below: use
 * applyReadings(machine, selection), never an edit of the machine.
 */
export const machine = chineseResidentInKoreaMachine;

void applyReadings; // (remove this line once you use applyReadings)
