import type { CheckResult } from '../../../../src/exercise/Exercise.js';

/** A failed check with a hint. */
export const failed = (hint: string): CheckResult => ({ pass: false, hint });

/** A passed check with what it got right. */
export const passed = (summary: string): CheckResult => ({ pass: true, summary });

/** The message of something a student's code threw, in one line. */
export const thrown = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0]!;
