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
    return {
      input: {
        caseId: context.caseId,
        submittedOn,
        hasPoliticalIssues: draws.bernoulli(p.hasPoliticalIssues),
        hasPendingCase: draws.bernoulli(p.hasPendingCase),
        isJustified: draws.bernoulli(p.isJustified),
      },
      startDay,
    };
  },
  waiting: {
    underReview: { duration: 'review', choices: [{ event: 'publicSecurity.completesReview', p: 'rest' }] },
    approved: { duration: 'departure', choices: [{ event: 'person.departs', p: 'rest' }] },
  },
};
