import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Meta-test: runs a property against a deliberately broken variant and asserts that fast-check
 * finds a counterexample and shrinks it. Returns the report so the test can print or inspect it.
 */
export function expectToFail<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, maxShrunkMoves = 12) {
  const details = fc.check(property, { numRuns: 5000 });
  expect(details.failed, 'the broken variant must violate the property').toBe(true);
  expect(details.counterexample).not.toBeNull();
  const report = fc.defaultReportMessage(details) ?? '';
  expect(report).toMatch(/seed/i);
  // Shrinking makes the counterexample small: every list of moves in it is short.
  for (const value of details.counterexample ?? []) {
    if (Array.isArray(value)) expect(value.length).toBeLessThanOrEqual(maxShrunkMoves);
  }
  return details;
}
