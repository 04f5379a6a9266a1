import { DAY_MS } from '../case/openCase.js';
import type { Scenario } from '../scenario/Scenario.js';
import type { CheckCounter } from '../stats/KindTally.js';


/** Days from one `YYYY-MM-DD` date to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * The scenario's record checks on one kind, as counters for the tally: a `within` check counts
 * only cases started early enough to be watched that long before the horizon (a case that
 * crossed a month before the end cannot show whether it was returned within a year); a `by`
 * check counts only cases started by that date.
 */
export function checkCounters(scenario: Scenario, kind: string): CheckCounter[] {
  return (scenario.record ?? [])
    .filter((c) => c.measure.kind === kind)
    .map((c): CheckCounter => {
      const m = c.measure;
      const byDay = m.by === undefined ? Infinity : daysBetween(scenario.startDate, m.by);
      return {
        id: c.id,
        outcomes: new Set(typeof m.outcome === 'string' ? [m.outcome] : m.outcome),
        cohort: m.cohort,
        startedBy: m.within !== undefined ? scenario.horizonDays - m.within : byDay,
        withinDays: m.within ?? Infinity,
        byDay,
        timed: m.quantile !== undefined,
      };
    });
}
