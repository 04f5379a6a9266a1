import { assign, setup } from 'xstate';
import { caseOutput } from './caseOutput.js';
import { appendToRecord, cite, type RecordParams } from './cite.js';
import { defaultGuards, readings } from './readings.js';
import type { ApplicationContext, ApplicationInput, CaseOutput, StateMeta, TransitionMeta } from './types.js';

/** Events of the `emigrationApplication` case: `actor.verb`, the acting party first. */
export type EmigrationApplicationEvent =
  | { type: 'publicSecurity.completesReview' }
  | { type: 'person.departs' }
  | { type: 'authorities.establishCrimeOrPendingCase' };

/**
 * Clause 4c bars applicants with a pending case: one that comes to light before departure voids
 * the application, so every non-final state carries
 * this transition (final states take no events). It is spread into each open state rather than
 * put on the root: a root-level transition would also fire from final states under XState's
 * pure `transition()`, which does not check that a snapshot is done.
 */
const pendingCaseBars = {
  'authorities.establishCrimeOrPendingCase': cite(
    'rejected',
    ['4c'],
    'A pending civil or criminal case comes to light before departure: the application is rejected.',
  ),
};

/**
 * An ethnic Korean in China applying to go to Korea (clause 4c–4d): approved leniently unless
 * the applicant has political issues or a pending case, or the application is not justified.
 */
export const emigrationApplicationMachine = setup({
  types: {
    context: {} as ApplicationContext,
    input: {} as ApplicationInput,
    events: {} as EmigrationApplicationEvent,
    output: {} as CaseOutput,
    meta: {} as StateMeta,
    transitionMeta: {} as TransitionMeta,
  },
  guards: {
    /** Reading `unjustifiedApplications` (`isRejected`): which applications 4c rejects. */
    ...defaultGuards(readings.unjustifiedApplications),
  },
  actions: {
    record: assign(({ context }, params: RecordParams) => appendToRecord(context, params)),
  },
}).createMachine({
  id: 'emigrationApplication',
  description: 'An application by an ethnic Korean in China to go to Korea, handled under clause 4.',
  meta: { clauses: ['4c', '4d'] },
  context: ({ input }) => ({
    // Pure XState calls build the context without input (statelyai/xstate#4774): tolerate it.
    caseId: input?.caseId ?? '',
    submittedOn: input?.submittedOn ?? '',
    hasPoliticalIssues: input?.hasPoliticalIssues ?? false,
    hasPendingCase: input?.hasPendingCase ?? false,
    isJustified: input?.isJustified ?? true,
    basis: [],
    path: [],
  }),
  initial: 'underReview',
  states: {
    underReview: {
      description: 'Public security reviews the application.',
      meta: { clauses: ['4c'] },
      on: {
        'publicSecurity.completesReview': [
          { guard: 'isRejected', ...cite('rejected', ['4c'], 'The applicant has political issues or a pending case, or the application is not justified: it is rejected.') },
          cite('approved', ['4c'], 'A justified application without political issues or pending case is approved.'),
        ],
        ...pendingCaseBars,
      },
    },
    approved: {
      description: 'The application is approved; the applicant may leave for Korea.',
      meta: { clauses: ['4c'] },
      on: {
        'person.departs': cite('departed', ['4c', '4d'], 'The applicant leaves for Korea, the Korean side coordinating.'),
        ...pendingCaseBars,
      },
    },
    rejected: {
      type: 'final',
      description: 'The application has been rejected.',
      meta: { clauses: ['4c'] },
    },
    departed: {
      type: 'final',
      description: 'The applicant has gone to Korea.',
      meta: { clauses: ['4c', '4d'] },
    },
  },
  output: ({ context }) => caseOutput(context),
});
