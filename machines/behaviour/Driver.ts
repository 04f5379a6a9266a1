/** Every scenario probability (the keys under `probabilities:`), in the order scenarios list them. */
export const probabilityKeys = [
  'hasCrimeOrPendingCase',
  'crimeOnHostSide',
  'crimeEstablishedLater',
  'koreaHandsOver',
  'agreesToReturn',
  'koreaConsents',
  'requestsRenunciation',
  'returnInconvenient',
  'koreaApprovesResidence',
  'mobilizedToReturnLater',
  'agreesToReturnLater',
  'hasPoliticalIssues',
  'hasPendingCase',
  'isJustified',
] as const;

/** A scenario probability's name (a key under `probabilities:`). */
export type ProbabilityKey = (typeof probabilityKeys)[number];

/** Every scenario duration (the keys under `durations:`): days a step takes. */
export const durationKeys = [
  'screening',
  'handover',
  'mobilization',
  'consentRequest',
  'consentReply',
  'investigation',
  'renunciation',
  'repatriation',
  'residenceReply',
  'review',
  'departure',
] as const;

/** A scenario duration's name (a key under `durations:`). */
export type DurationKey = (typeof durationKeys)[number];

/** One possible next event in a waiting state: `p` is a probability key, or `'rest'` for what is left. */
export interface Choice {
  /** The event that happens, or `null` for "nothing happens before the horizon". */
  readonly event: string | null;
  /** Its probability: a scenario key, or `'rest'` (one minus the others). */
  readonly p: ProbabilityKey | 'rest';
}

/** What happens in one waiting state: how long until the next step, and which event it is. */
export interface Waiting {
  /** Days until the step: a scenario duration, or `'untilHorizon'` (uniform over the time left). */
  readonly duration: DurationKey | 'untilHorizon';
  /** The possible events, drawn once per visit. */
  readonly choices: readonly Choice[];
}

/** Random draws the engine offers a driver: each from the case's own stream. */
export interface Draws {
  /** True with probability `p`. */
  readonly bernoulli: (p: number) => boolean;
  /** A uniform number in [0, 1). */
  readonly uniform: () => number;
}

/** What a driver knows when it draws a case's facts. */
export interface FactContext {
  /** The case id the engine assigns. */
  readonly caseId: string;
  /** The scenario's probabilities, by key. */
  readonly probabilities: Readonly<Record<ProbabilityKey, number>>;
  /** The kind's population settings (count and the driver's own keys). */
  readonly population: Readonly<Record<string, number>>;
  /** The simulation's start date, YYYY-MM-DD. */
  readonly startDate: string;
  /** The horizon in days after the start. */
  readonly horizonDays: number;
  /**
   * The date the cable's rules apply from under the scenario's readings (`effectiveDateOf`):
   * no case starts before it. @defaultValue the cable's date
   */
  readonly effectiveDate?: string;
}

/** A case's drawn facts and when, in days after the simulation start, the case starts. */
export interface DrawnCase {
  /** The machine input. */
  readonly input: Record<string, unknown>;
  /** When the case starts, in days after the simulation's start date: ≥ 0 and never before the effective date. */
  readonly startDay: number;
  /** The cohort the case belongs to, one the driver declares (record checks may count one cohort only). */
  readonly cohort?: string;
  /**
   * A small whole number that follows from the input's values: among the cases drawn under one
   * fact context, equal keys must mean equal inputs. The compiled engine finds the case's class
   * of facts by it instead of hashing the input, and checks the input against the class's, so a
   * wrong key is refused, never used. @defaultValue none: the class is found by the input's values
   */
  readonly factKey?: number;
}

/** A population setting a driver adds to its kind (besides `count`). */
export interface PopulationSetting {
  /** Its default. */
  readonly default: number;
  /** A share in [0, 1] or a non-negative number. */
  readonly kind: 'share' | 'number';
  /** What it means. */
  readonly description: string;
}

/**
 * Behaviour, separate from policy: what people and the Korean side do in each waiting state of
 * one case kind, with which scenario probability and duration, and how facts are drawn.
 */
export interface Driver {
  /** Population settings besides `count`. */
  readonly population: Readonly<Record<string, PopulationSetting>>;
  /** Cohorts a case can belong to (name → what it means), for record checks on part of a population. */
  readonly cohorts?: Readonly<Record<string, string>>;
  /** Draws one case's facts and start, in a fixed order of draws. */
  readonly drawCase: (draws: Draws, context: FactContext) => DrawnCase;
  /** An event that can interrupt an open case at a uniform time before the horizon, with its probability. */
  readonly interrupt?: { readonly event: string; readonly p: ProbabilityKey };
  /** The waiting states and what happens in them. */
  readonly waiting: Readonly<Record<string, Waiting>>;
}
