import type { CaseKind } from './caseMachines.js';

/** One input fact of a case kind: its type, meaning and default for a hand-run case. */
export interface FactSpec {
  /** `date` is `YYYY-MM-DD`; `string` any text; `boolean` true or false. */
  readonly type: 'string' | 'date' | 'boolean';
  /** What the fact means, for help texts and the stepper. */
  readonly description: string;
  /** The value a hand-run case gets when the fact is not given. */
  readonly default: string | boolean;
  /** Marks the date the case starts from (the first trace step is timed after it). */
  readonly startsCase?: true;
  /**
   * Representative values for exhaustive exploration, one per class of values the guards tell
   * apart (booleans need none: both are tried). @defaultValue [default]
   */
  readonly samples?: readonly (string | boolean)[];
  /** For a `string` fact with a closed set of values: the values allowed (others are bad input). */
  readonly oneOf?: readonly string[];
}

const crosser = {
  caseId: { type: 'string', description: 'an id for the case', default: 'case-1' },
  // The guards tell apart crossings before either effective date, between the two (post-cable
  // only under effectiveDate=issued), and on or after both (4a: "from today onward").
  crossedOn: { type: 'date', description: 'the day of the crossing', default: '1957-06-01', startsCase: true, samples: ['1957-12-16', '1957-12-17', '1957-12-21'] },
  hasCrimeOrPendingCase: {
    type: 'boolean',
    description: 'a crime or pending civil or criminal case is known at screening (clause 3)',
    default: false,
  },
  crimeWhere: {
    type: 'string',
    description: "where the crime or case lies, 'home' (the crosser's home country) or 'host' (the side holding them); read under clause3Scope=homeCountry",
    default: 'home',
    samples: ['home', 'host'],
    oneOf: ['home', 'host'],
  },
} as const satisfies Record<string, FactSpec>;

/** The input facts of each case kind (design §5), so generic code can parse and check them. */
export const caseFacts: Readonly<Record<CaseKind, Readonly<Record<string, FactSpec>>>> = {
  chineseResidentInKorea: crosser,
  koreanCitizenInChina: crosser,
  emigrationApplication: {
    caseId: { type: 'string', description: 'an id for the case', default: 'case-1' },
    submittedOn: { type: 'date', description: 'the day the application was submitted', default: '1958-03-01', startsCase: true },
    hasPoliticalIssues: { type: 'boolean', description: 'the applicant has political issues (4c)', default: false },
    hasPendingCase: { type: 'boolean', description: 'the applicant has a pending civil or criminal case (4c)', default: false },
    isJustified: { type: 'boolean', description: 'the application is justified (4c)', default: true },
  },
};
