// The public API of cable1957: every export is named here and nowhere else.
export * from '../machines/index.js';
export { describeMachine } from './model/describeMachine.js';
export type { MachineDescription, StateInfo, TransitionInfo } from './model/describeMachine.js';
export { clauseMatrix, formatTransition } from './model/clauseMatrix.js';
export type { ClauseLike, ClauseMatrixRow, ClauseUse } from './model/clauseMatrix.js';
export { formatClauseMatrix } from './model/formatClauseMatrix.js';
export type { ClauseMatrixFormat } from './model/formatClauseMatrix.js';
export { traceabilityProblems } from './model/traceabilityProblems.js';
