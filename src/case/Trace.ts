/** One step of a case: who did what, when, and under which clauses the case moved. */
export interface TraceStep {
  /** 1-based position in the case. */
  readonly index: number;
  /** When it happened: an ISO 8601 timestamp in UTC on the simulated clock. */
  readonly time: string;
  /** Who acted: the first word of the event (`person`, `embassy`, `korea`, …). */
  readonly actor: string;
  /** The event type, `actor.verb`. */
  readonly event: string;
  /** The state before. */
  readonly from: string;
  /** The state after. */
  readonly to: string;
  /** The clauses cited by the transition taken. */
  readonly clauses: readonly string[];
  /** The transition's description. */
  readonly description: string;
}

/** Where a case stands: still open, settled in a non-final outcome, or final. */
export type CaseStatus = 'open' | 'settled' | 'final';

/** A run of one case: its facts, its steps, and where it ended. Plain JSON. */
export interface Trace {
  /** The case kind. */
  readonly kind: string;
  /** The case id (from the facts). */
  readonly caseId: string;
  /** The input facts. */
  readonly input: Readonly<Record<string, unknown>>;
  /** The readings in force, every reading named. */
  readonly readings: Readonly<Record<string, string>>;
  /** The simulated time the case started at (ISO 8601, UTC). */
  readonly start: string;
  /** The steps, in order. */
  readonly steps: readonly TraceStep[];
  /** The current state. */
  readonly state: string;
  /** Whether the case is open, settled or final. */
  readonly status: CaseStatus;
  /** The outcome (final or settled state), or `null` while open. */
  readonly outcome: string | null;
  /** The clauses of the transitions taken, first citation first, without repeats. */
  readonly basis: readonly string[];
  /** A punishment the outcome carries, if any. */
  readonly punishment?: string;
}
