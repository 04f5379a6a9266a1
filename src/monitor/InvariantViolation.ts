/** A run broke an invariant of the cable: the message cites the clause, the case and what happened. */
export class InvariantViolation extends Error {
  override readonly name = 'InvariantViolation';
  constructor(
    message: string,
    /** The invariant's id. */
    readonly invariant: string,
    /** The clauses it protects. */
    readonly clauses: readonly string[],
  ) {
    super(message);
  }
}
