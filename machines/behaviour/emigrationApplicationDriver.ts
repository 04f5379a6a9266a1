import type { Driver } from './Driver.js';
import { addDays } from './isoDays.js';

/** What applicants and public security do, state by state (clause 4c–4d). */
export const emigrationApplicationDriver: Driver = {
  population: {
    submittedWithinDays: {
      default: 365,
      kind: 'number',
      description: 'applications arrive uniformly over this many days from the start',
    },
  },
  drawCase(draws, context) {
    const window = Math.min(context.population['submittedWithinDays'] ?? 0, context.horizonDays);
    const startDay = Math.floor(draws.uniform() * window);
    const submittedOn = addDays(context.startDate, startDay);
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
