// The cable's machines alone (`cable1957/machines`), safe for browsers: machines, readings,
// clauses, behaviour drivers, embedded scenarios and invariants. The building blocks the machines
// share (record helpers, date arithmetic, guards) are not exported: code in this repository imports
// them from their own files.
export { cable, clauseIds, getClause, isClauseId } from './cable.js';
export type { Cable, Clause, ClauseId } from './cable.js';
export { caseMachines, caseKinds } from './caseMachines.js';
export type { CaseKind } from './caseMachines.js';
export { chineseResidentInKoreaMachine } from './chineseResidentInKoreaMachine.js';
export type { ChineseResidentInKoreaEvent } from './chineseResidentInKoreaMachine.js';
export { koreanCitizenInChinaMachine } from './koreanCitizenInChinaMachine.js';
export type { KoreanCitizenInChinaEvent } from './koreanCitizenInChinaMachine.js';
export { emigrationApplicationMachine } from './emigrationApplicationMachine.js';
export type { EmigrationApplicationEvent } from './emigrationApplicationMachine.js';
export type { Citation } from './cite.js';
export { notModeled } from './notModeled.js';
export { readings, resolveReadings, applyReadings } from './readings.js';
export type { Reading, ReadingId, ReadingOption, ReadingGuard, ReadingSelection, ReadingUpdate } from './readings.js';
export { effectiveDateOf } from './effectiveDateOf.js';
export { fixedChoices } from './fixedChoices.js';
export type { FixedChoice } from './fixedChoices.js';
export type {
  ApplicationContext,
  ApplicationInput,
  CaseOutput,
  CaseRecord,
  CrosserContext,
  CrosserInput,
  CrimeWhere,
  Punishment,
  StateMeta,
  TransitionMeta,
} from './types.js';
export { caseFacts } from './caseFacts.js';
export type { FactSpec } from './caseFacts.js';
export { behaviourDrivers } from './behaviour/index.js';
export { durationKeys, probabilityKeys } from './behaviour/Driver.js';
export type {
  Choice,
  Draws,
  DrawnCase,
  Driver,
  DurationKey,
  FactContext,
  PopulationSetting,
  ProbabilityKey,
  Waiting,
} from './behaviour/Driver.js';
export { embeddedScenarios } from './scenarios/index.js';
export { precedence } from './precedence.js';
export type { Precedence } from './precedence.js';
export { invariants } from './invariants.js';
export type { CaseHistory, Invariant } from './invariants.js';
