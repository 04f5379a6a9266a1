import type { Driver } from './Driver.js';
import { dateAfterStart, firstDay } from './crossingDate.js';

/** What applicants and Chinese public security do, state by state (clause 4c). */
export const emigrationApplicationDriver: Driver = {
  population: {
    submittedWithinDays: {
      default: 365,
      kind: 'number',
      description: 'applications arrive uniformly over this many days from the start (or from the effective date, if later)',
    },
  },
  // Applications "in the future" (4c): submitted from the effective date on, never before.
  drawCase(draws, context) {
    const first = firstDay(context);
    const window = Math.min(context.population['submittedWithinDays'] ?? 0, context.horizonDays - first);
    const startDay = first + Math.floor(draws.uniform() * Math.max(0, window));
    const submittedOn = dateAfterStart(context, startDay);
    const p = context.probabilities;
    const hasPoliticalIssues = draws.bernoulli(p.hasPoliticalIssues);
    const hasPendingCase = draws.bernoulli(p.hasPendingCase);
    const isJustified = draws.bernoulli(p.isJustified);
    // The input's values as one number (caseId is the context's): the submission day, then the three coins.
    const factKey = startDay * 8 + (hasPoliticalIssues ? 4 : 0) + (hasPendingCase ? 2 : 0) + (isJustified ? 1 : 0);
    return { input: { caseId: context.caseId, submittedOn, hasPoliticalIssues, hasPendingCase, isJustified }, startDay, factKey };
  },
  waiting: {
    underReview: { duration: 'review', choices: [{ event: 'publicSecurity.completesReview', p: 'rest' }] },
    approved: { duration: 'departure', choices: [{ event: 'person.departs', p: 'rest' }] },
  },
};
