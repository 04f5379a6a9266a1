import { assign, setup } from 'xstate';
import { caseOutput } from './caseOutput.js';
import { appendToRecord, cite, type RecordParams } from './cite.js';
import { clause3Override } from './clause3Override.js';
import { punishmentOnReturn } from './crossedAfterCable.js';
import { defaultGuards, readings } from './readings.js';
import type { CaseOutput, CrosserContext, CrosserInput, StateMeta, TransitionMeta } from './types.js';

/** Events of the `chineseResidentInKorea` case: `actor.verb`, the acting party first. */
export type ChineseResidentInKoreaEvent =
  | { type: 'authorities.screen' }
  | { type: 'person.agreesToReturn' }
  | { type: 'person.refusesToReturn' }
  | { type: 'embassy.seeksConsent' }
  | { type: 'korea.consents' }
  | { type: 'korea.declines' }
  | { type: 'embassy.completesInvestigation' }
  | { type: 'person.requestsRenunciation' }
  | { type: 'embassy.approvesRenunciation' }
  | { type: 'authorities.establishCrimeOrPendingCase' };

/**
 * A Chinese resident who crossed into Korea unlawfully (clauses 1, 3, 4a–4b): mobilized to
 * return; allowed to stay with Korean consent and an emigrant passport; or renouncing PRC
 * citizenship — unless a crime or pending case sends them back (3).
 */
export const chineseResidentInKoreaMachine = setup({
  types: {
    context: {} as CrosserContext,
    input: {} as CrosserInput,
    events: {} as ChineseResidentInKoreaEvent,
    output: {} as CaseOutput,
    meta: {} as StateMeta,
    transitionMeta: {} as TransitionMeta,
  },
  guards: {
    /** Clause 3: a crime or pending case known at screening. */
    hasCrimeOrPendingCase: ({ context }) => context.hasCrimeOrPendingCase,
    /** Reading `postCableCrossings` (`isReturnedUnder4b`): does 4b, not clause 1, govern this crossing? */
    ...defaultGuards(readings.postCableCrossings),
    /** Reading `koreanSideDeclines` (`declineMeansRepatriation`): without Korean consent, does 1a's return stand? */
    ...defaultGuards(readings.koreanSideDeclines),
  },
  actions: {
    record: assign(({ context }, params: RecordParams) => appendToRecord(context, params)),
    /** Clause 4b: crossers on/after the cable's date are punished severely when sent back. */
    punishIfCrossedAfterCable: assign(({ context }) => punishmentOnReturn(context)),
  },
}).createMachine({
  id: 'chineseResidentInKorea',
  description: 'A Chinese resident who crossed into Korea unlawfully, handled under clauses 1, 3 and 4.',
  meta: { clauses: ['1a', '1b', '1c', '3', '4a', '4b'] },
  context: ({ input }) => ({
    // Pure XState calls build the context without input (statelyai/xstate#4774): tolerate it.
    caseId: input?.caseId ?? '',
    crossedOn: input?.crossedOn ?? '',
    hasCrimeOrPendingCase: input?.hasCrimeOrPendingCase ?? false,
    basis: [],
    path: [],
  }),
  initial: 'open',
  states: {
    open: {
      description: 'The case is open: clause 3 holds in every state inside, from screening to the last step before an outcome.',
      meta: { clauses: ['3'] },
      initial: 'detected',
      on: clause3Override('chineseResidentInKorea'),
      states: {
        detected: {
          description: 'The crossing has come to the authorities\u2019 attention and awaits screening.',
          meta: { clauses: ['1a', '3', '4a'] },
          on: {
            'authorities.screen': [
              { guard: 'hasCrimeOrPendingCase', ...cite('#chineseResidentInKorea.repatriated', ['3'], 'Screening finds a crime or pending case: the crosser is sent back without exception.') },
              { guard: 'isReturnedUnder4b', ...cite('#chineseResidentInKorea.repatriated', ['4a', '4b'], 'The crossing happened on or after the cable\u2019s date: the crosser is returned and punished severely.') },
              cite('mobilized', ['1a'], 'A crosser without a crime who falls under clause 1 is persuaded to come back.'),
            ],
          },
        },
        mobilized: {
          description: 'The crosser is being persuaded to return to China.',
          meta: { clauses: ['1a'] },
          on: {
            'person.agreesToReturn': cite('#chineseResidentInKorea.repatriated', ['1a'], 'The crosser agrees to come back.'),
            'person.refusesToReturn': cite('refused', ['1b'], 'The crosser still will not come back after persuasion.'),
          },
        },
        refused: {
          description: 'The crosser refuses to return; staying depends on the Korean side.',
          meta: { clauses: ['1b'] },
          on: {
            'embassy.seeksConsent': cite('consentSought', ['1b'], 'The embassy asks the Korean side whether it consents to the person staying.'),
          },
        },
        consentSought: {
          description: 'The Korean side has been asked to consent to the person staying.',
          meta: { clauses: ['1b'] },
          on: {
            'korea.consents': cite('underInvestigation', ['1b'], 'The Korean side consents: the embassy investigates and educates the person.'),
            'korea.declines': [
              { guard: 'declineMeansRepatriation', ...cite('#chineseResidentInKorea.repatriated', ['1a'], 'The Korean side declines: without its consent the rule of return stands.') },
              cite('mobilized', ['1a'], 'The Korean side declines: the person is persuaded to return once more.'),
            ],
          },
        },
        underInvestigation: {
          description: 'The embassy investigates and educates the person before issuing a passport.',
          meta: { clauses: ['1b', '1c'] },
          on: {
            'embassy.completesInvestigation': cite('#chineseResidentInKorea.passportIssued', ['1b'], 'Investigation and education done: the embassy issues an emigrant passport.'),
            'person.requestsRenunciation': cite('renunciationInProcess', ['1c'], 'The person asks to give up PRC citizenship.'),
          },
        },
        renunciationInProcess: {
          description: 'A request to renounce PRC citizenship is being processed.',
          meta: { clauses: ['1c'] },
          on: {
            'embassy.approvesRenunciation': cite('#chineseResidentInKorea.citizenshipRenounced', ['1c'], 'The renunciation is approved under the rules for renouncing citizenship.'),
          },
        },
      },
    },
    repatriated: {
      type: 'final',
      description: 'The person has been returned to China.',
      meta: { clauses: ['1a', '3', '4b'] },
      entry: 'punishIfCrossedAfterCable',
    },
    passportIssued: {
      type: 'final',
      description: 'The person stays in Korea with an emigrant passport.',
      meta: { clauses: ['1b'] },
    },
    citizenshipRenounced: {
      type: 'final',
      description: 'The person has renounced PRC citizenship.',
      meta: { clauses: ['1c'] },
    },
  },
  output: ({ context }) => caseOutput(context),
});
