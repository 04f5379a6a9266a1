import type { ClauseId } from './cable.js';

/** `meta` of every state node: the clauses it implements, and whether a run may end in it. */
export interface StateMeta {
  /** The clauses this state implements (at least one). */
  readonly clauses: readonly ClauseId[];
  /** A non-final state that counts as the case's outcome when a run ends there (e.g. `residing`). */
  readonly settled?: boolean;
}

/** `meta` of every transition: the clauses that authorize it (at least one). */
export interface TransitionMeta {
  /** The clauses this transition implements (at least one). */
  readonly clauses: readonly ClauseId[];
}

/** A list of clause ids, as a case record keeps them. */
export type ClauseIdList = readonly ClauseId[];

/** What a case accumulates as it moves: the clause basis, the states entered, any punishment. */
export interface CaseRecord {
  /** Clauses of the transitions taken, first citation first, without repeats. */
  readonly basis: readonly ClauseId[];
  /** The states entered by the transitions taken, in order (the initial state is not listed). */
  readonly path: readonly string[];
  /** The clauses of the last transition taken: what moved the case last (shown by inspectors). */
  readonly lastClauses?: readonly ClauseId[];
  /** Set when clause 4b's severe punishment applies to the case (reading `punishment`); `4b` is then in `basis`. */
  readonly punishment?: Punishment;
}

/** The punishment the cable prescribes (4b). */
export type Punishment = 'severe';

/** A machine's output: the outcome state, the clauses that led there, and any punishment. */
export interface CaseOutput {
  /** The final (or settled) state the case ended in. */
  readonly outcome: string;
  /** Clauses of the transitions taken, first citation first, without repeats. */
  readonly basis: readonly ClauseId[];
  /** Present when clause 4b's severe punishment applies. */
  readonly punishment?: Punishment;
}

/** Facts about a border crosser, known at screening (design §5). */
export interface CrosserInput {
  /** A unique id for the case. */
  readonly caseId: string;
  /** The day the person crossed, `YYYY-MM-DD`. */
  readonly crossedOn: string;
  /** Whether a crime or a pending civil/criminal case is known at screening (clause 3). */
  readonly hasCrimeOrPendingCase: boolean;
  /**
   * Where that crime was committed or that case is pending, and where any crime established
   * later lies: in the crosser's home country, or on the host side that holds them. Read only
   * under the reading `clause3Scope=homeCountry`. @defaultValue 'home'
   */
  readonly crimeWhere?: CrimeWhere;
}

/** Where a crosser's crime or pending case lies: the home country, or the side holding them. */
export type CrimeWhere = 'home' | 'host';

/** Facts about an application to go to Korea (design §5, clause 4c). */
export interface ApplicationInput {
  /** A unique id for the case. */
  readonly caseId: string;
  /** The day the application was submitted, `YYYY-MM-DD`. */
  readonly submittedOn: string;
  /** Whether the applicant has political issues. */
  readonly hasPoliticalIssues: boolean;
  /** Whether the applicant has a pending civil or criminal case. */
  readonly hasPendingCase: boolean;
  /** Whether the application is justified. */
  readonly isJustified: boolean;
}

/** Context of the crosser machines: the input facts (defaults filled in), the effective date, and the case record. */
export interface CrosserContext extends CrosserInput, CaseRecord {
  /** Where the crime or case lies (`home` unless the input says `host`). */
  readonly crimeWhere: CrimeWhere;
  /**
   * The date the cable's rules apply from, `YYYY-MM-DD`, as the reading `effectiveDate` sets it
   * when the case starts: crossings on or after it are post-cable (4a, 4b).
   */
  readonly effectiveDate: string;
}

/** Context of the application machine: the input facts plus the case record. */
export interface ApplicationContext extends ApplicationInput, CaseRecord {}
