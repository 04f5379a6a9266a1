import type { CalibrationRange } from '../scenario/calibrationRanges.js';
import type { Scenario } from '../scenario/Scenario.js';
import { simulateTallies } from '../simulate/simulate.js';
import type { PointResult } from './CalibrationResult.js';
import { evaluateRecord } from '../record/evaluateRecord.js';

/** The engine every point runs on: the fastest, and identical in results to the reference engine. */
export const calibrationEngine = 'compiled';

/**
 * The scenario of one design point: `base` with the point's values, and a count of 0 for every
 * case kind no record check measures (those cases would cost time and change no estimate: each
 * case's random stream is keyed by its kind, so the measured kinds draw exactly as before). The
 * seed is left alone, so every point runs on common random numbers. Pure.
 */
export function pointScenario(base: Scenario, ranges: readonly CalibrationRange[], values: readonly number[]): Scenario {
  let s: Scenario = base;
  ranges.forEach((r, d) => (s = r.apply(s, values[d]!)));
  const measured = new Set(base.record.map((c) => c.measure.kind));
  const population = Object.fromEntries(Object.entries(s.population).map(([kind, row]) => [kind, measured.has(kind) ? row : { ...row, count: 0 }]));
  return { ...s, population };
}

/** Simulates one design point in this thread and evaluates the record on it. */
export async function runPoint(
  base: Scenario,
  ranges: readonly CalibrationRange[],
  index: number,
  values: readonly number[],
  options: { readonly signal?: AbortSignal; readonly onCases?: (n: number) => void } = {},
): Promise<PointResult> {
  const scenario = pointScenario(base, ranges, values);
  let seen = 0;
  const partial = await simulateTallies(scenario, {
    engine: calibrationEngine,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onCases
      ? {
          onProgress: (p) => {
            options.onCases!(p.casesDone - seen);
            seen = p.casesDone;
          },
        }
      : {}),
  });
  const cases = partial.reps.reduce((sum, rep) => sum + Object.values(rep.kinds).reduce((a, k) => a + k.n, 0), 0);
  const checks = evaluateRecord(scenario, partial.reps).map((r) => ({ id: r.id, estimate: r.model.estimate, verdict: r.verdict }));
  return { index, values: [...values], checks, cases };
}
