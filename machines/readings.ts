import type { AnyStateMachine } from 'xstate';
import type { ClauseId } from './cable.js';
import { crossedAfterCable } from './crossedAfterCable.js';
import type { ApplicationContext, CrosserContext } from './types.js';

/** A guard implementation a reading option provides: a predicate over the case context. */
export type ReadingGuard<C> = (args: { readonly context: C }) => boolean;

/** One way of reading an ambiguous passage: what it means and the guards that implement it. */
export interface ReadingOption {
  /** What the model does under this option. */
  readonly description: string;
  /** Guard implementations, by guard name, given to every machine that has that guard. */
  readonly guards: Readonly<Record<string, ReadingGuard<never>>>;
}

/** An explicit interpretation of an ambiguous passage, with a default and its alternatives. */
export interface Reading<Option extends string = string> {
  /** The clauses whose wording is ambiguous. */
  readonly clauses: readonly ClauseId[];
  /** The question the text leaves open. */
  readonly question: string;
  /** Why the default reads the text the way it does. */
  readonly why: string;
  /** The option used unless another is selected. */
  readonly default: Option;
  /** Every option, by name. */
  readonly options: Readonly<Record<Option, ReadingOption>>;
}

const postCableCrossings = {
  clauses: ['1a', '4a', '4b'],
  question:
    'Does clause 1 also cover Chinese residents who cross into Korea on or after the cable\u2019s date, or does 4b govern them?',
  why: 'Clause 1 speaks of those who "have already" crossed, while 4a\u20134b set the rule "from today onward": prevent, stop and severely punish illegal crossings. Later crossers are therefore returned and punished rather than offered the path to stay.',
  default: 'returnAndPunish',
  options: {
    returnAndPunish: {
      description:
        'Crossers on or after 1957-12-17 are returned at screening and punished severely (4a, 4b); only earlier crossers are mobilized under clause 1.',
      guards: {
        isReturnedUnder4b: ({ context }: { readonly context: CrosserContext }) => crossedAfterCable(context.crossedOn),
      },
    },
    sameAsEarlierCrossers: {
      description:
        'Later crossers are mobilized and may stay, like earlier ones (clause 1); 4b\u2019s severe punishment still applies if they end up sent back.',
      guards: { isReturnedUnder4b: () => false },
    },
  },
} as const satisfies Reading<'returnAndPunish' | 'sameAsEarlierCrossers'>;

const koreanSideDeclines = {
  clauses: ['1a', '1b'],
  question: 'What happens to a Chinese resident who will not return when the Korean side does not consent to their staying?',
  why: 'Clause 1b lifts the duty to return only when both conditions hold: the person refuses and the Korean side consents. Without consent, 1a\u2019s rule of return stands.',
  default: 'repatriate',
  options: {
    repatriate: {
      description: 'Without Korean consent the person is repatriated (1a).',
      guards: { declineMeansRepatriation: () => true },
    },
    mobilizeAgain: {
      description: 'Without Korean consent the person is persuaded once more (back to `mobilized`), and may refuse again.',
      guards: { declineMeansRepatriation: () => false },
    },
  },
} as const satisfies Reading<'repatriate' | 'mobilizeAgain'>;

const unjustifiedApplications = {
  clauses: ['4c'],
  question:
    'Clause 4c says justified applications without political issues or pending case "should all be approved": are the other applications rejected, or only not guaranteed?',
  why: 'The clause lists the conditions under which approval is owed; read as a decision rule, an application that fails any of them is rejected.',
  default: 'reject',
  options: {
    reject: {
      description: 'An application with political issues, a pending case, or no justification is rejected.',
      guards: {
        isRejected: ({ context }: { readonly context: ApplicationContext }) =>
          context.hasPoliticalIssues || context.hasPendingCase || !context.isJustified,
      },
    },
    approveLeniently: {
      description:
        'Only political issues or a pending case bar approval; "leniently approve" is read as approving unjustified applications too.',
      guards: {
        isRejected: ({ context }: { readonly context: ApplicationContext }) =>
          context.hasPoliticalIssues || context.hasPendingCase,
      },
    },
  },
} as const satisfies Reading<'reject' | 'approveLeniently'>;

/** Every reading the model makes, by name. Select them by name in scenarios and on the CLI. */
export const readings = { postCableCrossings, koreanSideDeclines, unjustifiedApplications } as const;

/** The name of a reading. */
export type ReadingId = keyof typeof readings;

/** A choice of option for some readings; readings left out take their default. */
export type ReadingSelection = {
  readonly [K in ReadingId]?: keyof (typeof readings)[K]['options'];
};

/** The guards of a reading's default option, for a machine's `setup({ guards })`. */
export function defaultGuards<R extends Reading>(reading: R): R['options'][R['default']]['guards'] {
  return (reading.options[reading.default] as R['options'][R['default']]).guards;
}

/**
 * Checks a selection and fills in the defaults. Throws an error naming the reading and the
 * options it has when a name or an option is unknown.
 */
export function resolveReadings(selection: Readonly<Record<string, string>> = {}): Record<ReadingId, string> {
  const ids = Object.keys(readings) as ReadingId[];
  for (const [id, option] of Object.entries(selection)) {
    if (!(ids as string[]).includes(id)) {
      throw new Error(`unknown reading "${id}"; the readings are: ${ids.join(', ')}`);
    }
    const options = Object.keys(readings[id as ReadingId].options);
    if (!options.includes(option)) {
      throw new Error(`reading "${id}" has no option "${option}"; its options are: ${options.join(', ')}`);
    }
  }
  const resolved = {} as Record<ReadingId, string>;
  for (const id of ids) resolved[id] = selection[id] ?? readings[id].default;
  return resolved;
}

/**
 * Applies readings to a machine through `machine.provide` (never by editing it): each selected
 * option's guards replace the machine's guards of the same name; guards the machine lacks are
 * skipped, so one selection serves every case kind.
 */
export function applyReadings<M extends AnyStateMachine>(machine: M, selection: Readonly<Record<string, string>> = {}): M {
  const resolved = resolveReadings(selection);
  const own = machine.implementations.guards;
  const guards: Record<string, ReadingGuard<never>> = {};
  for (const id of Object.keys(resolved) as ReadingId[]) {
    const option: ReadingOption = (readings[id].options as Record<string, ReadingOption>)[resolved[id]]!;
    for (const [name, guard] of Object.entries(option.guards)) if (name in own) guards[name] = guard;
  }
  return machine.provide({ guards } as Parameters<M['provide']>[0]) as M;
}
