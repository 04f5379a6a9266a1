/** What a self-check says about a student's file: passed, or failed with a hint (never the answer). */
export type CheckResult =
  | { readonly pass: true; /** What the file got right, in a sentence. */ readonly summary: string }
  | { readonly pass: false; /** Where to look next: a hint, never the answer. */ readonly hint: string };

/** What the student's file is: an ES module to import, or a text (YAML, JSON) to read. */
export type ExerciseFileKind = 'module' | 'text';

/** The student's file as the check receives it. */
export type LoadedFile =
  | { readonly kind: 'module'; /** The file's path, as given. */ readonly path: string; /** The module's exports. */ readonly exports: Readonly<Record<string, unknown>> }
  | { readonly kind: 'text'; /** The file's path, as given. */ readonly path: string; /** The file's text. */ readonly text: string };

/** One self-checking exercise of a teaching kit: its task, its starter and its check. */
export interface Exercise {
  /** Its number, from 1; `exercise N` names it. */
  readonly number: number;
  /** Its folder's name, e.g. `01-step-to-each-outcome`. */
  readonly name: string;
  /** A one-line title. */
  readonly title: string;
  /** The session of the lesson plan it belongs to. */
  readonly session: number;
  /** The absolute path of its folder (README.md with the task, the starter, any helpers). */
  readonly folder: string;
  /** The starter's file name inside the folder. */
  readonly starter: string;
  /** Whether the student's file is imported (a module) or read (a text). */
  readonly fileKind: ExerciseFileKind;
  /** Checks a student's file. May throw only for a fault of the check itself; a fault of the student's code is a failed check. */
  readonly check: (file: LoadedFile) => Promise<CheckResult>;
}
