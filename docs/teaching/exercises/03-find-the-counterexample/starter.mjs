// @ts-check
/**
 * Exercise 3 — a property, and the counterexample it finds. Task: `npx cable1957 exercise 3`.
 * Check: `npx cable1957 exercise 3 <this file>`.
 */
import fc from 'fast-check';
import { createActor } from 'xstate';

/**
 * Clause 3 as a property of a chineseResidentInKorea machine: a crime that comes to light while
 * the case is open ends it `repatriated`, whatever came before and whatever follows.
 * @param {import('xstate').AnyStateMachine} machine the real machine, or a broken one
 */
export function property(machine) {
  // Replace this: it states nothing.
  return fc.property(fc.constant(null), () => {
    void createActor;
    void machine;
    return true;
  });
}
