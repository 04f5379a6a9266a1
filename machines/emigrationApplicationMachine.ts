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
 * the application (rejected, not deferred: the fixed choice `pendingCaseRejects`). The machine
 * stays flat, so both non-final states carry this transition; it is not put on the root, where it
 * would also fire from final states under XState's pure `transition()`.
 */
const pendingCaseBars = {
  'authorities.establishCrimeOrPendingCase': cite(
    'rejected',
    ['4c'],
    'The Chinese side establishes a pending civil or criminal case before departure: the application is rejected.',
  ),
};

/**
 * An ethnic Korean in China applying to go to Korea (clause 4c): in principle approved
 * leniently; every justified application without political issues or a pending civil or
 * criminal case is approved, and the reading `unjustifiedApplications` decides the others.
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
  meta: { clauses: ['4c'] },
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
      description: 'Chinese public security reviews the application to go to Korea.',
      meta: { clauses: ['4c'] },
      on: {
        'publicSecurity.completesReview': [
          {
            guard: 'isRejected',
            ...cite('rejected', ['4c'], 'Chinese public security does not approve the application: the applicant has political issues or a pending civil or criminal case, or the reading in force requires a justification it lacks.'),
          },
          cite(
            'approved',
            ['4c'],
            'Chinese public security approves the application leniently: the applicant has no political issues and no pending civil or criminal case (whether a justification was also needed is the reading unjustifiedApplications).',
          ),
        ],
        ...pendingCaseBars,
      },
    },
    approved: {
      description: 'The application is approved; the applicant may go to Korea.',
      meta: { clauses: ['4c'] },
      on: {
        'person.departs': cite('departed', ['4c'], 'The applicant goes to Korea.'),
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
      meta: { clauses: ['4c'] },
    },
  },
  output: ({ context }) => caseOutput(context),
});
