import { assign, setup } from 'xstate';
import { cable } from './cable.js';
import { caseOutput } from './caseOutput.js';
import { appendToRecord, cite, type RecordParams } from './cite.js';
import { clause3Override } from './clause3Override.js';
import { punishOnReturn, screened, type PunishParams } from './punish.js';
import { defaultGuards, defaultUpdates, readings } from './readings.js';
import type { CaseOutput, CrosserContext, CrosserInput, StateMeta, TransitionMeta } from './types.js';

/** Events of the `chineseResidentInKorea` case: `actor.verb`, the acting party first. */
export type ChineseResidentInKoreaEvent =
  | { type: 'authorities.screen' }
  | { type: 'korea.handsOver' }
  | { type: 'person.agreesToReturn' }
  | { type: 'person.refusesToReturn' }
  | { type: 'embassy.seeksConsent' }
  | { type: 'korea.consents' }
  | { type: 'korea.declines' }
  | { type: 'embassy.completesInvestigation' }
  | { type: 'person.requestsRenunciation' }
  | { type: 'embassy.approvesRenunciation' }
  | { type: 'authorities.establishCrimeOrPendingCase' };

const repatriated = '#chineseResidentInKorea.repatriated';

/**
 * An ethnic Korean resident of China's Northeast who crossed into Korea unlawfully (clauses 1,
 * 3, 4a–4b, 4d): mobilized by the Chinese side to return; allowed to remain with Korean consent
 * and an emigrant passport, or renouncing PRC citizenship; handed over by the Korean side if the
 * crossing is post-cable — unless a crime or pending case sends them back (3).
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
    /** Reading `clause3Scope`: a crime or pending case known at screening that clause 3 covers; `clause3Covers`: one established later. */
    ...defaultGuards(readings.clause3Scope),
    /** Reading `postCableCrossings` (`isReturnedUnder4b`): does 4a's handover, not clause 1, govern this crossing? */
    ...defaultGuards(readings.postCableCrossings),
    /** Reading `koreanSideDeclines` (`declineMeansRepatriation`): without Korean consent, does 1a's return stand? */
    ...defaultGuards(readings.koreanSideDeclines),
  },
  actions: {
    record: assign(({ context }, params: RecordParams) => appendToRecord(context, params)),
    /** Reading `effectiveDate`: the date the rules apply from, fixed when the case starts. */
    fixEffectiveDate: assign(() => defaultUpdates(readings.effectiveDate).fixEffectiveDate()),
    /** Reading `punishment`: 4b's mark, at screening or on return. */
    punish: assign(({ context }, params: PunishParams) => defaultUpdates(readings.punishment).punish(context, params)),
  },
}).createMachine({
  id: 'chineseResidentInKorea',
  description: 'An ethnic Korean resident of China\u2019s Northeast who crossed into Korea unlawfully, handled under clauses 1, 3 and 4.',
  meta: { clauses: ['1a', '1b', '1c', '3', '4a', '4b', '4d'] },
  context: ({ input }) => ({
    // Pure XState calls build the context without input (statelyai/xstate#4774): tolerate it.
    caseId: input?.caseId ?? '',
    crossedOn: input?.crossedOn ?? '',
    hasCrimeOrPendingCase: input?.hasCrimeOrPendingCase ?? false,
    crimeWhere: input?.crimeWhere ?? 'home',
    effectiveDate: cable.date,
    basis: [],
    path: [],
  }),
  entry: 'fixEffectiveDate',
  initial: 'open',
  states: {
    open: {
      description: 'The case is open: clause 3 holds in every state inside, from screening to the last step before an outcome.',
      meta: { clauses: ['3', '4a'] },
      initial: 'detected',
      on: clause3Override('chineseResidentInKorea', 'Korean'),
      states: {
        detected: {
          description: 'The crossing into Korea has come to the authorities\u2019 attention; the case awaits screening.',
          meta: { clauses: ['1a', '3', '4a'] },
          on: {
            'authorities.screen': [
              {
                guard: 'hasCrimeOrPendingCase',
                ...screened(cite(repatriated, ['3'], 'Screening finds a crime, or a pending civil or criminal case, that clause 3 covers: both sides absolutely repatriate the crosser.')),
              },
              {
                guard: 'isReturnedUnder4b',
                ...screened(
                  cite('handoverDue', ['4a', '4b'], 'The crossing was on or after the effective date: under the 1955 Record that 4a keeps in force, the Korean side is to hand the crosser over, and 4b\u2019s rule against illegal crossing applies.'),
                ),
              },
              screened(cite('mobilized', ['1a'], 'A crosser whom clause 1 covers is, in principle, mobilized by the Chinese side to return to China.')),
            ],
          },
        },
        handoverDue: {
          description: 'A post-cable crosser waits to be handed over by the Korean side at a designated port (1955 Record); a case never handed over stays open here.',
          meta: { clauses: ['4a', '4b', '4d'] },
          on: {
            'korea.handsOver': cite(
              repatriated,
              ['4a', '4d'],
              'The Korean side hands the crosser over to the Chinese side at a designated port with a name list and file, as the 1955 Record provides (4a): the Korean measures and close coordination the Chinese side asked for (4d).',
            ),
          },
        },
        mobilized: {
          description: 'The Chinese side is mobilizing the crosser to return to China.',
          meta: { clauses: ['1a'] },
          on: {
            'person.agreesToReturn': cite(repatriated, ['1a'], 'The crosser agrees, after mobilization, to return to China.'),
            'person.refusesToReturn': cite('refused', ['1b'], 'The crosser is still unwilling to return after mobilization.'),
          },
        },
        refused: {
          description: 'The crosser is still unwilling to return; whether they need not be repatriated depends on the Korean side\u2019s consent.',
          meta: { clauses: ['1b'] },
          on: {
            'embassy.seeksConsent': cite('consentSought', ['1b'], 'The Chinese Embassy asks the Korean side whether it consents to the person remaining in Korea.'),
          },
        },
        consentSought: {
          description: 'The Korean side has been asked to consent to the person remaining in Korea.',
          meta: { clauses: ['1b'] },
          on: {
            'korea.consents': cite('underInvestigation', ['1b'], 'The Korean side consents: the person does not need to be repatriated, and the Chinese Embassy investigates and educates them.'),
            'korea.declines': [
              { guard: 'declineMeansRepatriation', ...cite(repatriated, ['1a'], 'The Korean side does not consent: 1b does not apply, and 1a\u2019s rule of return stands.') },
              cite('mobilized', ['1a'], 'The Korean side does not consent: the Chinese side mobilizes the person to return once more.'),
            ],
          },
        },
        underInvestigation: {
          description: 'The Chinese Embassy investigates and educates the person; an emigrant passport can follow, or a request to renounce PRC citizenship.',
          meta: { clauses: ['1b', '1c'] },
          on: {
            'embassy.completesInvestigation': cite('#chineseResidentInKorea.passportIssued', ['1b'], 'Investigation and education done: the Chinese Embassy issues an emigrant passport.'),
            'person.requestsRenunciation': cite('renunciationInProcess', ['1c'], 'The person asks to renounce PRC citizenship.'),
          },
        },
        renunciationInProcess: {
          description: 'The Chinese side processes the request according to the principles for renouncing Chinese citizenship.',
          meta: { clauses: ['1c'] },
          on: {
            'embassy.approvesRenunciation': cite('#chineseResidentInKorea.citizenshipRenounced', ['1c'], 'The Chinese Embassy approves the renunciation according to those principles.'),
          },
        },
      },
    },
    repatriated: {
      type: 'final',
      description: 'The person has been returned to China.',
      meta: { clauses: ['1a', '3', '4a', '4b'] },
      entry: punishOnReturn,
    },
    passportIssued: {
      type: 'final',
      description: 'The person remains in Korea with an emigrant passport from the Chinese Embassy.',
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
