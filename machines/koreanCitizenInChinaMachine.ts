import { assign, setup } from 'xstate';
import { cable } from './cable.js';
import { caseOutput } from './caseOutput.js';
import { appendToRecord, cite, type RecordParams } from './cite.js';
import { clause3Override } from './clause3Override.js';
import { punishOnReturn, screened, type PunishParams } from './punish.js';
import { defaultGuards, defaultUpdates, readings } from './readings.js';
import type { CaseOutput, CrosserContext, CrosserInput, StateMeta, TransitionMeta } from './types.js';

/** Events of the `koreanCitizenInChina` case: `actor.verb`, the acting party first. */
export type KoreanCitizenInChinaEvent =
  | { type: 'authorities.screen' }
  | { type: 'publicSecurity.repatriates' }
  | { type: 'person.findsReturnInconvenient' }
  | { type: 'korea.approvesResidence' }
  | { type: 'korea.refusesResidence' }
  | { type: 'publicSecurity.mobilizesReturn' }
  | { type: 'person.agreesToReturn' }
  | { type: 'person.refusesToReturn' }
  | { type: 'authorities.establishCrimeOrPendingCase' };

const repatriated = '#koreanCitizenInChina.repatriated';

/**
 * A Korean citizen who crossed into China unlawfully (clauses 2, 3, 4a–4b): repatriated by the
 * Chinese side in principle; allowed to continue residing where return is indeed inconvenient and
 * the Korean side approves; mobilized to return if the necessity arises later — unless a crime or
 * pending case sends them back (3).
 */
export const koreanCitizenInChinaMachine = setup({
  types: {
    context: {} as CrosserContext,
    input: {} as CrosserInput,
    events: {} as KoreanCitizenInChinaEvent,
    output: {} as CaseOutput,
    meta: {} as StateMeta,
    transitionMeta: {} as TransitionMeta,
  },
  guards: {
    /** Reading `clause3Scope`: a crime or pending case known at screening that clause 3 covers; `clause3Covers`: one established later. */
    ...defaultGuards(readings.clause3Scope),
    /** Reading `laterMobilization` (`laterMobilizationIsOrder`): is 2c's mobilization an order? */
    ...defaultGuards(readings.laterMobilization),
  },
  actions: {
    record: assign(({ context }, params: RecordParams) => appendToRecord(context, params)),
    /** Reading `effectiveDate`: the date the rules apply from, fixed when the case starts. */
    fixEffectiveDate: assign(() => defaultUpdates(readings.effectiveDate).fixEffectiveDate()),
    /** Reading `punishment`: 4b's mark, at screening or on return. */
    punish: assign(({ context }, params: PunishParams) => defaultUpdates(readings.punishment).punish(context, params)),
  },
}).createMachine({
  id: 'koreanCitizenInChina',
  description: 'A Korean citizen who crossed into China unlawfully, handled under clauses 2, 3 and 4.',
  meta: { clauses: ['2a', '2b', '2c', '3', '4a', '4b'] },
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
      description: 'The case is open: clause 3 holds in every state inside, settled residence included.',
      meta: { clauses: ['3', '4a'] },
      initial: 'detected',
      on: clause3Override('koreanCitizenInChina', 'Chinese'),
      states: {
        detected: {
          description: 'The crossing into China has come to the attention of Chinese public security; the case awaits screening.',
          meta: { clauses: ['2a', '3'] },
          on: {
            'authorities.screen': [
              {
                guard: 'hasCrimeOrPendingCase',
                ...screened(cite(repatriated, ['3'], 'Screening finds a crime, or a pending civil or criminal case, that clause 3 covers: both sides absolutely repatriate the crosser.')),
              },
              screened(cite('repatriationDue', ['2a'], 'Without a crime that clause 3 covers, the Chinese side is, in principle, to repatriate the crosser.')),
            ],
          },
        },
        repatriationDue: {
          description: 'The Chinese side is, in principle, to repatriate the crosser to Korea.',
          meta: { clauses: ['2a'] },
          on: {
            'publicSecurity.repatriates': cite(
              repatriated,
              ['2a'],
              'Chinese public security repatriates the crosser to Korea.',
            ),
            'person.findsReturnInconvenient': cite(
              'approvalSought',
              ['2b'],
              'The person declares that returning is indeed inconvenient: the Chinese side asks the Korean side to approve continued residence in China.',
            ),
          },
        },
        approvalSought: {
          description: 'The Korean side has been asked to approve the person\u2019s continued residence in China.',
          meta: { clauses: ['2b'] },
          on: {
            'korea.approvesResidence': cite('residing', ['2b'], 'The Korean side approves: the person can continue residing in China.'),
            'korea.refusesResidence': cite(repatriated, ['2a'], 'The Korean side does not approve: 2a\u2019s rule of repatriation stands.'),
          },
        },
        residing: {
          description: 'The person continues residing in China with the Korean side\u2019s approval; a run that ends here ends settled.',
          meta: { clauses: ['2b', '2c'], settled: true },
          on: {
            'publicSecurity.mobilizesReturn': [
              {
                guard: 'laterMobilizationIsOrder',
                ...cite(repatriated, ['2c'], 'The necessity has arisen and the mobilization is read as an order: Chinese public security sends the resident back to Korea.'),
              },
              cite('mobilizedToReturn', ['2c'], 'The necessity has arisen: Chinese public security mobilizes the resident to return to Korea, persuasion that can fail.'),
            ],
          },
        },
        mobilizedToReturn: {
          description: 'Chinese public security is mobilizing the resident to return to Korea.',
          meta: { clauses: ['2c'] },
          on: {
            'person.agreesToReturn': cite(repatriated, ['2c'], 'The resident agrees, after mobilization, to return to Korea.'),
            'person.refusesToReturn': cite(
              'residing',
              ['2b', '2c'],
              'The resident is unwilling to return: the mobilization has failed, and the residence the Korean side approved continues.',
            ),
          },
        },
      },
    },
    repatriated: {
      type: 'final',
      description: 'The person has been sent back to Korea.',
      meta: { clauses: ['2a', '2c', '3', '4a', '4b'] },
      entry: punishOnReturn,
    },
  },
  output: ({ context }) => caseOutput(context),
});
