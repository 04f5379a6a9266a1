/**
 * Answers `true` on the contexts the compiled engine runs a machine's guards and actions on for a
 * whole class of facts rather than for one case (see FactTables), so that code wrapping those
 * guards or actions to observe cases (clause coverage, for one) can tell these evaluations from a
 * case's steps: they belong to no case, leaf or path. Absent (undefined) on every case's context.
 */
export const classLevel: unique symbol = Symbol.for('cable1957.classLevel');
