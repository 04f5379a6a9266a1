import type { Expectation, Measure } from '../record/RecordCheck.js';

/** A measure's value in words: a share as a percentage, a count as a number, a time in days. */
export function showMeasured(measure: Measure, x: number): string {
  if (measure.quantile !== undefined) return `${x.toFixed(1)} d`;
  if (measure.scale !== undefined) return Math.round(x).toLocaleString('en-US');
  return `${(x * 100).toFixed(1)}%`;
}

/** A measure in words, e.g. "share of chineseResidentInKorea (crossedAfterEffectiveDate) repatriated by 1962-03-31". */
export function describeMeasure(m: Measure): string {
  const outcome = [m.outcome].flat().join(' or ');
  const who = `${m.kind}${m.cohort ? ` (${m.cohort})` : ''}`;
  const when = m.within !== undefined ? ` within ${m.within} days of the case's start` : m.by !== undefined ? ` by ${m.by}` : '';
  if (m.quantile !== undefined) {
    const which = m.quantile === 0.5 ? 'median' : `${+(m.quantile * 100).toFixed(2)}% quantile of`;
    return `${which} days from start to ${outcome}${when}, ${who}`;
  }
  if (m.scale !== undefined) return `cases of ${who} ${outcome}${when} per replication${m.scale === 1 ? '' : ` × ${m.scale}`}`;
  return `share of ${who} ${outcome}${when}`;
}

/** An expectation in words, in the measure's units: "at most 50.0%", "between 20 and 40 d". */
export function describeExpectation(measure: Measure, e: Expectation): string {
  const show = (x: number) => showMeasured(measure, x);
  if ('atLeast' in e) return `at least ${show(e.atLeast)}`;
  if ('atMost' in e) return `at most ${show(e.atMost)}`;
  if ('between' in e) return `between ${show(e.between[0])} and ${show(e.between[1])}`;
  return `about ${show(e.about)} ± ${show(e.tolerance)}`;
}
