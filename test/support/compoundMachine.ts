import { assign, setup } from 'xstate';
import { appendToRecord, type RecordParams } from '../../machines/cite.js';
import type { Driver, FactSpec } from '../../machines/index.js';
import type { CaseRecord } from '../../machines/types.js';

/**
 * The shape of machines/cite.ts's `cite`, for a machine with depth: the `record` action notes the
 * *leaf* entered (`'#compound.closed'` → `closed`, `'settled'` → `settled`), as the crosser
 * machines of model version 2 must. A compound target (`#compound.open`) is recorded as its
 * initial leaf, which the caller names.
 */
function cite(target: string, clauses: readonly [string, ...string[]], description: string, leaf = target.split('.').at(-1)!) {
  return { target, description, meta: { clauses }, actions: [{ type: 'record' as const, params: { clauses, to: leaf } as unknown as RecordParams }] };
}

/** Context of the synthetic machine: two facts, the case record, and a log of entry/exit actions in the order run. */
export interface CompoundContext extends CaseRecord {
  readonly caseId: string;
  readonly flagged: boolean;
  readonly urgent: boolean;
  readonly log: readonly string[];
}

const note = (what: string) => ({ type: 'note' as const, params: { what } });

/**
 * A small machine with depth, for testing generic code on compound states before (and besides)
 * the cable's own: every non-final state inside one compound `open` with ONE transition on it
 * (`authorities.intervene`, as clause 3), reached from every leaf inside unless the leaf's own
 * guarded transition on the same event holds (XState tries the child first); id targets to a
 * root-level final; a compound target (`#compound.open`, entering its initial leaf); a settled
 * leaf; entry and exit actions on the root, on `open`, on leaves and on a final state, which log
 * their order; `meta.clauses` and a description on every node.
 */
export const compoundMachine = setup({
  types: {
    context: {} as CompoundContext,
    input: {} as { caseId: string; flagged: boolean; urgent: boolean },
    events: {} as { type: 'authorities.screen' | 'authorities.intervene' | 'person.agrees' | 'person.refuses' | 'person.reopens' | 'person.leaves' },
  },
  guards: {
    isFlagged: ({ context }) => context.flagged,
    isUrgent: ({ context }) => context.urgent,
  },
  actions: {
    record: assign(({ context }, params: RecordParams) => appendToRecord(context, params)),
    note: assign(({ context }, params: { what: string }) => ({ log: [...context.log, params.what] })),
  },
}).createMachine({
  id: 'compound',
  description: 'A synthetic case with depth.',
  meta: { clauses: ['1a', '3'] },
  context: ({ input }) => ({ caseId: input?.caseId ?? '', flagged: input?.flagged ?? false, urgent: input?.urgent ?? false, basis: [], path: [], log: [] }),
  entry: note('enter root'),
  initial: 'open',
  states: {
    open: {
      description: 'The case is open.',
      meta: { clauses: ['3'] },
      entry: note('enter open'),
      exit: note('exit open'),
      initial: 'detected',
      on: { 'authorities.intervene': cite('#compound.closed', ['3'], 'An intervention closes the case from any open state.') },
      states: {
        detected: {
          description: 'Awaiting screening.',
          meta: { clauses: ['1a'] },
          entry: note('enter detected'),
          exit: note('exit detected'),
          on: {
            'authorities.screen': [
              { guard: 'isFlagged', ...cite('#compound.closed', ['3'], 'A flagged case is closed at screening.') },
              cite('waiting', ['1a'], 'Otherwise the case waits for the person.'),
            ],
          },
        },
        waiting: {
          description: 'Waiting for the person.',
          meta: { clauses: ['1a'] },
          on: {
            'person.agrees': cite('#compound.closed', ['1a'], 'The person agrees.'),
            'person.refuses': cite('settled', ['1b'], 'The person refuses and settles.'),
            // Tried before `open`'s transition on the same event: when it holds, it wins.
            'authorities.intervene': { guard: 'isUrgent', ...cite('settled', ['1b'], 'An urgent intervention while waiting settles the case instead.') },
          },
        },
        settled: {
          description: 'Settled, not final.',
          meta: { clauses: ['1b'], settled: true },
          exit: note('exit settled'),
          on: {
            'person.reopens': cite('#compound.open', ['1a'], 'The case is opened again from the start.', 'detected'),
            'person.leaves': cite('#compound.left', ['1c'], 'The person leaves.'),
          },
        },
      },
    },
    closed: { type: 'final', description: 'Closed.', meta: { clauses: ['3'] }, entry: [note('enter closed'), note('stamp')] },
    left: { type: 'final', description: 'Left.', meta: { clauses: ['1c'] } },
  },
});

/** The synthetic machine's facts, for exhaustive exploration. */
export const compoundFacts = {
  caseId: { type: 'string', description: 'an id', default: 'c-1' },
  flagged: { type: 'boolean', description: 'flagged at screening', default: false },
  urgent: { type: 'boolean', description: 'interventions are urgent', default: false },
} as const satisfies Record<string, FactSpec>;

/** Every event of the synthetic machine. */
export const compoundEvents = ['authorities.screen', 'authorities.intervene', 'person.agrees', 'person.refuses', 'person.reopens', 'person.leaves'] as const;

/**
 * A behaviour driver for the synthetic machine: waiting states are its leaves (never `open`);
 * the intervention on `open` is the driver's interrupt, as clause 3 is for the crossers.
 */
export const compoundDriver: Driver = {
  population: {},
  drawCase: (draws, context) => ({
    input: { caseId: context.caseId, flagged: draws.bernoulli(context.probabilities.hasCrimeOrPendingCase), urgent: draws.bernoulli(0.5) },
    startDay: 0,
  }),
  interrupt: { event: 'authorities.intervene', p: 'crimeEstablishedLater' },
  waiting: {
    detected: { duration: 'screening', choices: [{ event: 'authorities.screen', p: 'rest' }] },
    waiting: {
      duration: 'mobilization',
      choices: [
        { event: 'person.agrees', p: 'agreesToReturn' },
        { event: 'person.refuses', p: 'rest' },
      ],
    },
    settled: {
      duration: 'untilHorizon',
      choices: [
        { event: 'person.reopens', p: 'koreaConsents' },
        { event: 'person.leaves', p: 'requestsRenunciation' },
        { event: null, p: 'rest' },
      ],
    },
  },
};
