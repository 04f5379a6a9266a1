// @ts-check
/** Solution of exercise 6 (teachers' copy: keep it apart from the starters). */
import { assign, createMachine } from 'xstate';
import { chineseResidentInKoreaMachine, readings } from 'cable1957';

export const reading = {
  clauses: ['4b', '4a'],
  question: 'Is a person forced across the border by a natural disaster an illegal crosser whom 4b punishes (the 1964 Protocol, Article One, says not)?',
  why: 'The 1957 cable makes no exception: 4b punishes "people who illegally cross the border"; the exception came with the Protocol of 9 June 1964.',
  default: 'asWritten',
  options: {
    asWritten: {
      description: 'The cable as written: a crossing forced by disaster is handled like any other.',
    },
    protocol1964: {
      description: 'Article One of the 1964 Protocol read in: a crosser forced across by natural disaster is not an illegal crosser, so 4b does not mark them and the 1955 Record\u2019s handover of illegal crossers does not apply; clause 1 and clause 3 still do.',
      guards: {
        /** @param {{ context: any }} args */
        isReturnedUnder4b: (args) => !args.context.forcedByDisaster && readings.postCableCrossings.options.returnAndPunish.guards.isReturnedUnder4b(args),
      },
      updates: {
        /** @param {any} context @param {any} params */
        punish: (context, params) => (context.forcedByDisaster ? {} : readings.punishment.options.postCableCrossers.updates.punish(context, params)),
      },
    },
  },
};

const original = chineseResidentInKoreaMachine;
/** @type {any} */
const config = original.config;
// The copy keeps the new fact in its context.
const copy = createMachine({
  ...config,
  context: (/** @type {any} */ args) => ({ ...config.context(args), forcedByDisaster: args.input?.forcedByDisaster ?? false }),
}).provide(original.implementations);

/** @param {string} option */
export function withReading(option) {
  /** @type {any} */
  const chosen = reading.options[/** @type {'asWritten' | 'protocol1964'} */ (option)];
  const actions = Object.fromEntries(
    Object.entries(chosen.updates ?? {}).map(([name, update]) => [name, assign(({ context }, params) => update(context, params))]),
  );
  return copy.provide({ guards: chosen.guards ?? {}, actions });
}

// A post-cable crosser forced across by disaster is screened into `mobilized` (1a) under the
// exception: clause 1's path (return, or stay with Korean consent) is the only one the cable has
// for someone who is not an illegal crosser under 4a/4b. That is an addition to the text, not a
// reading of it: the 1957 cable has no category of non-illegal crossing other than 4c's
// applications. And the exception holds only under the default reading `punishment`: applying
// punishment=whenReturned afterwards would replace this `punish` (readings interact).
