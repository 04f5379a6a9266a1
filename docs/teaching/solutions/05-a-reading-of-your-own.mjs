// @ts-check
/**
 * Solution of exercise 5 (teachers' copy: keep it apart from the starters): the fixed choice
 * renunciationScope made a reading.
 */
import { createMachine } from 'xstate';
import { chineseResidentInKoreaMachine } from 'cable1957';

export const reading = {
  clauses: ['1c'],
  question: 'Who may ask to renounce PRC citizenship: only those the Korean side lets stay, or anyone still unwilling to return after mobilization?',
  why: '"They" in 1c most naturally continues the subject of the sentence before: people still unwilling after mobilization whom the Korean side lets stay.',
  default: 'afterConsent',
  options: {
    afterConsent: {
      description: 'Only during the Embassy\u2019s investigation, after the Korean side consented (the model as it is).',
      guards: { renunciationOpenToRefusers: () => false },
    },
    anyRefuser: {
      description: 'Anyone still unwilling to return after mobilization may ask at once, before the Korean side is asked.',
      guards: { renunciationOpenToRefusers: () => true },
    },
  },
};

const original = chineseResidentInKoreaMachine;
/** @type {any} */
const config = original.config;
const refused = config.states.open.states.refused;
const clauses = ['1c'];
const copy = createMachine({
  ...config,
  states: {
    ...config.states,
    open: {
      ...config.states.open,
      states: {
        ...config.states.open.states,
        refused: {
          ...refused,
          on: {
            ...refused.on,
            'person.requestsRenunciation': {
              guard: 'renunciationOpenToRefusers',
              target: 'renunciationInProcess',
              description: 'The person, still unwilling to return, asks to renounce PRC citizenship before the Korean side is asked.',
              meta: { clauses },
              actions: [{ type: 'record', params: { clauses, to: 'renunciationInProcess' } }],
            },
          },
        },
      },
    },
  },
}).provide(original.implementations);

/** @param {string} option */
export function withReading(option) {
  return copy.provide({ guards: reading.options[/** @type {'afterConsent' | 'anyRefuser'} */ (option)].guards });
}

// Under anyRefuser, design §6 property 3 (citizenshipRenounced ⇒ Korean consent) no longer holds:
// screen, refusesToReturn, requestsRenunciation, approvesRenunciation ends citizenshipRenounced
// with basis 1a, 1b, 1c and no consent asked.
