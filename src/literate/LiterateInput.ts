import type { AnyStateMachine } from 'xstate';
import type { TestIndex } from './testCitations.js';

/** What the literate model is generated from: the registries of the cable, read, never restated. */
export interface LiterateInput {
  /** The cable: metadata and clauses in source order (machines/cable.ts). */
  readonly cable: {
    readonly title: string;
    readonly date: string;
    readonly issuers: readonly string[];
    readonly addressees: readonly string[];
    readonly archive: string;
    readonly clauses: readonly {
      readonly id: string;
      readonly title: string;
      readonly paraphrase: string;
      readonly source: { readonly paragraph: number; readonly sentence: number; readonly toSentence?: number };
    }[];
  };
  /** Every case machine by case kind. */
  readonly machines: Readonly<Record<string, AnyStateMachine>>;
  /** The readings by name (machines/readings.ts). */
  readonly readings: Readonly<
    Record<
      string,
      {
        readonly clauses: readonly string[];
        readonly question: string;
        readonly why: string;
        readonly default: string;
        readonly options: Readonly<Record<string, { readonly description: string; readonly guards?: Readonly<Record<string, unknown>> }>>;
      }
    >
  >;
  /** The fixed choices (machines/fixedChoices.ts). */
  readonly fixedChoices: readonly { readonly id: string; readonly clauses: readonly string[]; readonly question: string; readonly choice: string; readonly why: string }[];
  /** The run-time invariants (machines/invariants.ts). */
  readonly invariants: readonly { readonly id: string; readonly clauses: readonly string[]; readonly kinds: readonly string[]; readonly statement: string }[];
  /** Clauses no machine implements, with the reason (machines/notModeled.ts). */
  readonly notModeled: Readonly<Record<string, string | undefined>>;
  /** The tests that name a clause or an invariant, found by {@link testCitations}. */
  readonly tests: TestIndex;
}
