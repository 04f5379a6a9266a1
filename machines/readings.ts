import { assign, type AnyStateMachine } from 'xstate';
import { cable, type ClauseId } from './cable.js';
import { crossedAfterCable } from './crossedAfterCable.js';
import { punishAt } from './punish.js';
import type { ApplicationContext, CrosserContext } from './types.js';

/** A guard implementation a reading option provides: a predicate over the case context. */
export type ReadingGuard<C> = (args: { readonly context: C }) => boolean;

/** A context update a reading option provides: what the machine's `assign` action of that name assigns. */
export type ReadingUpdate<C, P = never> = (context: C, params: P) => object;

/** One way of reading an ambiguous passage: what it means and the implementations that carry it out. */
export interface ReadingOption {
  /** What the model does under this option. */
  readonly description: string;
  /** Guard implementations, by guard name, given to every machine that has that guard. */
  readonly guards?: Readonly<Record<string, ReadingGuard<never>>>;
  /** Context updates, by action name: every machine that has that action gets `assign(update)`. */
  readonly updates?: Readonly<Record<string, ReadingUpdate<never, never>>>;
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

/**
 * The dates the reading `effectiveDate` chooses between: the cable's own date, and the date the
 * embassy's later cable gives it ("telegram of December 21, 1957"; NKIDP e-Dossier no. 11).
 */
export const effectiveDates = { issued: cable.date, received: '1957-12-21' } as const;

const postCableOf = ({ context }: { readonly context: CrosserContext }) => crossedAfterCable(context.crossedOn, context.effectiveDate);
const homeSide = ({ context }: { readonly context: CrosserContext }) => context.crimeWhere !== 'host';

const effectiveDate = {
  clauses: ['4a', '5'],
  question: 'From which day do the cable\u2019s rules apply: the day it was issued, or the day the embassy received it?',
  why: '4a says "from today onward" and the cable is dated 17 December 1957; the embassy later cites it as the telegram of 21 December 1957. "From today onward" includes that day. The March 1958 agreement with the Korean side (clause 5: inform it "at the appropriate time") dates the Korean side\u2019s part, not the cable\u2019s rule, and is left to scenarios.',
  default: 'issued',
  options: {
    issued: {
      description: `The rules apply from ${effectiveDates.issued}, the cable\u2019s date: crossings on or after it are post-cable, and no step of a case is dated before it.`,
      updates: { fixEffectiveDate: () => ({ effectiveDate: effectiveDates.issued }) },
    },
    received: {
      description: `The rules apply from ${effectiveDates.received}, the day the embassy\u2019s cable gives: crossings from 17 to 20 December 1957 count as earlier ("already") crossings.`,
      updates: { fixEffectiveDate: () => ({ effectiveDate: effectiveDates.received }) },
    },
  },
} as const satisfies Reading<'issued' | 'received'>;

const postCableCrossings = {
  clauses: ['1a', '4a', '4b'],
  question:
    'Does clause 1 also cover Chinese residents who cross into Korea on or after the effective date, or does 4a (the 1955 Record) govern them?',
  why: 'Clause 1 speaks of those who "have already" crossed; 4a has both sides "continue to strictly comply" with the 1955 Record "from today onward", and under the Record the side holding a crosser hands them over at a designated port. So later crossers are handed over by the Korean side rather than mobilized and offered the path to stay. That is an inference from "already", not something the text states. Clause 2 has no "already", so Korean crossers have no counterpart (a fixed choice).',
  default: 'returnAndPunish',
  options: {
    returnAndPunish: {
      description:
        'Crossers on or after the effective date are due to be handed over by the Korean side under the 1955 Record (4a) and fall under 4b; a case the Korean side never hands over stays open. Only earlier crossers are mobilized under clause 1.',
      guards: { isReturnedUnder4b: postCableOf },
    },
    sameAsEarlierCrossers: {
      description: 'Later crossers are mobilized and may stay, like earlier ones (clause 1); the reading `punishment` still decides whether 4b marks them.',
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
      description:
        'Without Korean consent the Chinese side mobilizes the person once more (back to `mobilized`); they may refuse again and the Korean side be asked again, with no bound on the rounds: the horizon ends the loop.',
      guards: { declineMeansRepatriation: () => false },
    },
  },
} as const satisfies Reading<'repatriate' | 'mobilizeAgain'>;

const unjustifiedApplications = {
  clauses: ['4c'],
  question:
    'Clause 4c says justified applications without political issues or a pending civil or criminal case "should all be approved": are the other applications rejected, or only not guaranteed?',
  why: 'The clause lists the conditions under which approval is owed; read as a decision rule, an application that fails any of them is rejected.',
  default: 'reject',
  options: {
    reject: {
      description: 'An application with political issues, a pending civil or criminal case, or no justification is rejected.',
      guards: {
        isRejected: ({ context }: { readonly context: ApplicationContext }) =>
          context.hasPoliticalIssues || context.hasPendingCase || !context.isJustified,
      },
    },
    approveLeniently: {
      description:
        'Only political issues or a pending case bar approval: "leniently approve" is read as approving applications that are not justified too (an extreme; the text\u2019s middle ground, discretion, would need a probability).',
      guards: {
        isRejected: ({ context }: { readonly context: ApplicationContext }) =>
          context.hasPoliticalIssues || context.hasPendingCase,
      },
    },
  },
} as const satisfies Reading<'reject' | 'approveLeniently'>;

const punishment = {
  clauses: ['4b'],
  question: 'Whom does 4b\u2019s severe punishment reach: everyone who crossed on or after the effective date, or only those who are sent back?',
  why: '4b punishes the act: "people who illegally cross the border should be punished severely", whatever becomes of them afterwards, so every post-cable crossing is marked when its case is screened. The text does not say which side punishes (the side holding the person, or the home side after return); the model records the mark, not who carries it out. Crossings before the effective date are never marked: the opening principle P carries no date, but 4a–4b speak "from today onward".',
  default: 'postCableCrossers',
  options: {
    postCableCrossers: {
      description:
        'Every crossing on or after the effective date is marked for severe punishment (4b in the basis) when its case leaves `detected` (screening, or clause 3 first), whatever follows: a passport, residence or return.',
      updates: { punish: punishAt('screening') },
    },
    whenReturned: {
      description:
        'Only post-cable crossers who end `repatriated` are marked for severe punishment, on entering it (4b is then in the basis; the screening transition into `handoverDue` cites 4a and 4b under either option, as design \u00a75 has it, so a crosser still waiting there has 4b in the basis without a punishment).',
      updates: { punish: punishAt('return') },
    },
  },
} as const satisfies Reading<'postCableCrossers' | 'whenReturned'>;

const laterMobilization = {
  clauses: ['2c'],
  question: 'When "the necessity arises", is a Korean resident in China "mobilized to return" by persuasion that can fail, or sent back?',
  why: 'In this cable "mobilize" is persuasion that can fail: 1b begins with people "still unwilling to return" after mobilization. So under 2c the resident may agree (and is repatriated) or refuse (and goes on residing with the Korean side\u2019s approval, which 2b gave and nothing revokes).',
  default: 'persuasion',
  options: {
    persuasion: {
      description:
        'Chinese public security mobilizes the resident (`mobilizedToReturn`); one who agrees is repatriated, one who refuses goes on residing and may be mobilized again if the need arises anew.',
      guards: { laterMobilizationIsOrder: () => false },
    },
    order: {
      description: 'The mobilization is an order: the resident is sent back to Korea at once (version 1\u2019s reading).',
      guards: { laterMobilizationIsOrder: () => true },
    },
  },
} as const satisfies Reading<'persuasion' | 'order'>;

const clause3Scope = {
  clauses: ['3', '4a'],
  question: 'Does "in their home country" in clause 3 qualify only the pending case, or the crime too?',
  why: 'The default keeps the absolute rule for every crime, so the model\u2019s headline invariant (a crime or pending case always ends in repatriation) holds for all. The alternative reads "in their home country" as qualifying both, as sending people home to face justice suggests; the 1955 Record that 4a keeps in force then leaves a crime committed on the side holding the crosser to that side\u2019s law.',
  default: 'anywhere',
  options: {
    anywhere: {
      description:
        'Any crime, wherever committed, sends the crosser back (3): "in their home country" read as qualifying only the pending case. Because the model keeps crime and pending case as one fact (fixed choice oneClause3Fact), a pending case on the host side is treated so too, which is more than this reading of the text requires.',
      guards: { hasCrimeOrPendingCase: ({ context }: { readonly context: CrosserContext }) => context.hasCrimeOrPendingCase, clause3Covers: () => true },
    },
    homeCountry: {
      description:
        'Only a crime or case in the crosser\u2019s home country (input `crimeWhere: home`) sends them back; one on the host side is left to that side\u2019s law (4a, the 1955 Record): at screening the case follows its other rules, and later the event is recorded and the case goes on.',
      guards: {
        hasCrimeOrPendingCase: ({ context }: { readonly context: CrosserContext }) => context.hasCrimeOrPendingCase && homeSide({ context }),
        clause3Covers: homeSide,
      },
    },
  },
} as const satisfies Reading<'anywhere' | 'homeCountry'>;

/** Every reading the model makes, by name. Select them by name in scenarios and on the CLI. */
export const readings = {
  postCableCrossings,
  koreanSideDeclines,
  unjustifiedApplications,
  effectiveDate,
  punishment,
  laterMobilization,
  clause3Scope,
} as const;

/** The name of a reading. */
export type ReadingId = keyof typeof readings;

/** A choice of option for some readings; readings left out take their default. */
export type ReadingSelection = {
  readonly [K in ReadingId]?: keyof (typeof readings)[K]['options'];
};

/** The guards of a reading's default option, for a machine's `setup({ guards })`. */
export function defaultGuards<R extends Reading>(reading: R): NonNullable<R['options'][R['default']]['guards']> {
  return (reading.options[reading.default] as R['options'][R['default']]).guards ?? ({} as never);
}

/** The context updates of a reading's default option, for a machine's `assign` actions in `setup`. */
export function defaultUpdates<R extends Reading>(reading: R): NonNullable<R['options'][R['default']]['updates']> {
  return (reading.options[reading.default] as R['options'][R['default']]).updates ?? ({} as never);
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
 * option's guards, and its updates as `assign` actions, replace the machine's implementations of
 * the same name; names the machine lacks are skipped, so one selection serves every case kind.
 */
export function applyReadings<M extends AnyStateMachine>(machine: M, selection: Readonly<Record<string, string>> = {}): M {
  const resolved = resolveReadings(selection);
  const own = machine.implementations;
  const guards: Record<string, unknown> = {};
  const actions: Record<string, unknown> = {};
  for (const id of Object.keys(resolved) as ReadingId[]) {
    const option: ReadingOption = (readings[id].options as Record<string, ReadingOption>)[resolved[id]]!;
    for (const [name, guard] of Object.entries(option.guards ?? {})) if (name in own.guards) guards[name] = guard;
    for (const [name, update] of Object.entries(option.updates ?? {})) {
      const run = update as ReadingUpdate<Record<string, unknown>, unknown>;
      if (name in own.actions) actions[name] = assign(({ context }: { context: Record<string, unknown> }, params: unknown) => run(context, params));
    }
  }
  return machine.provide({ guards, actions } as Parameters<M['provide']>[0]) as M;
}
