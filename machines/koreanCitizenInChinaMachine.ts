import { assign, setup } from 'xstate';
import { caseOutput } from './caseOutput.js';
import { appendToRecord, cite, type RecordParams } from './cite.js';
import { clause3Override } from './clause3Override.js';
import { punishmentOnReturn } from './crossedAfterCable.js';
import type { CaseOutput, CrosserContext, CrosserInput, StateMeta, TransitionMeta } from './types.js';

/** Events of the `koreanCitizenInChina` case: `actor.verb`, the acting party first. */
export type KoreanCitizenInChinaEvent =
  | { type: 'authorities.screen' }
  | { type: 'publicSecurity.repatriates' }
  | { type: 'person.findsReturnInconvenient' }
  | { type: 'korea.approvesResidence' }
  | { type: 'korea.refusesResidence' }
  | { type: 'publicSecurity.mobilizesReturn' }
  | { type: 'authorities.establishCrimeOrPendingCase' };

/**
 * A Korean citizen who crossed into China unlawfully (clauses 2, 3, 4b): sent back as a rule;
 * allowed to reside where return is inconvenient and the Korean side approves; mobilized to
 * return later if need be — unless a crime or pending case sends them back (3).
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
    /** Clause 3: a crime or pending case known at screening. */
    hasCrimeOrPendingCase: ({ context }) => context.hasCrimeOrPendingCase,
  },
  actions: {
    record: assign(({ context }, params: RecordParams) => appendToRecord(context, params)),
    /** Clause 4b: crossers on/after the cable's date are punished severely when sent back. */
    punishIfCrossedAfterCable: assign(({ context }) => punishmentOnReturn(context)),
  },
}).createMachine({
  id: 'koreanCitizenInChina',
  description: 'A Korean citizen who crossed into China unlawfully, handled under clauses 2, 3 and 4.',
  meta: { clauses: ['2a', '2b', '2c', '3', '4b'] },
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
      description: 'The case is open: clause 3 holds in every state inside, settled residence included.',
      meta: { clauses: ['3'] },
      initial: 'detected',
      on: clause3Override('koreanCitizenInChina'),
      states: {
        detected: {
          description: 'The crossing has come to the authorities\u2019 attention and awaits screening.',
          meta: { clauses: ['2a', '3'] },
          on: {
            'authorities.screen': [
              { guard: 'hasCrimeOrPendingCase', ...cite('#koreanCitizenInChina.repatriated', ['3'], 'Screening finds a crime or pending case: the crosser is sent back without exception.') },
              cite('repatriationDue', ['2a'], 'Without a crime, the rule is still to send the crosser back.'),
            ],
          },
        },
        repatriationDue: {
          description: 'The crosser is due to be sent back to Korea.',
          meta: { clauses: ['2a'] },
          on: {
            'publicSecurity.repatriates': cite('#koreanCitizenInChina.repatriated', ['2a'], 'Public security hands the crosser back to Korea.'),
            'person.findsReturnInconvenient': cite('approvalSought', ['2b'], 'Going back is genuinely difficult for the person: the Korean side is asked to approve residence.'),
          },
        },
        approvalSought: {
          description: 'The Korean side has been asked to approve continued residence in China.',
          meta: { clauses: ['2b'] },
          on: {
            'korea.approvesResidence': cite('residing', ['2b'], 'The Korean side approves: the person goes on living in China.'),
            'korea.refusesResidence': cite('#koreanCitizenInChina.repatriated', ['2a'], 'The Korean side does not approve: the rule of return stands.'),
          },
        },
        residing: {
          description: 'The person lives on in China with Korean approval; a run that ends here ends settled.',
          meta: { clauses: ['2b', '2c'], settled: true },
          on: {
            'publicSecurity.mobilizesReturn': cite('#koreanCitizenInChina.repatriated', ['2c'], 'The need has arisen: the resident is mobilized to go back to Korea.'),
          },
        },
      },
    },
    repatriated: {
      type: 'final',
      description: 'The person has been sent back to Korea.',
      meta: { clauses: ['2a', '2c', '3', '4b'] },
      entry: 'punishIfCrossedAfterCable',
    },
  },
  output: ({ context }) => caseOutput(context),
});
