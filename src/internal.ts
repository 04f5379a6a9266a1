// cable1957/internal — NOT a stable API. What this repository's tests, benchmarks and scripts need
// besides the front door (src/index.ts): the engines' parts, random streams, statistics, parsers,
// and the building blocks the machines share. Any of it may change or vanish in any release;
// import from `cable1957` (or `cable1957/machines`) instead.

// The machines' building blocks: records, citations, clause 3, dates, default guards.
export { appendToRecord, cite } from '../machines/cite.js';
export type { RecordParams } from '../machines/cite.js';
export { clause3Override } from '../machines/clause3Override.js';
export { caseOutput } from '../machines/caseOutput.js';
export { crossedAfterCable, punishmentOnReturn } from '../machines/crossedAfterCable.js';
export { defaultGuards } from '../machines/readings.js';
export { addDays, dayNumber, isoDate } from '../machines/behaviour/isoDays.js';

// One case: parsing facts and events, the case model, the save format, trace checks.
export { parseEventText } from './case/runCase.js';
export { caseModel, caseKindNames } from './case/caseModel.js';
export type { CaseModel } from './case/caseModel.js';
export { parseFacts, checkFact, isIsoDate } from './case/parseFacts.js';
export { persistedCaseFormat } from './case/persistCase.js';
export { checkTrace } from './case/checkTrace.js';

// Scenarios: parsing and the schema.
export { resolveScenario, parseScenarioText } from './scenario/loadScenario.js';
export { scenarioSchema, distributionSchema } from './scenario/scenarioSchema.js';
export type { ScenarioKeys } from './scenario/scenarioSchema.js';

// The engines and their parts.
export { planSimulation } from './engine/SimulationPlan.js';
export type { KindPlan, SimulationPlan } from './engine/SimulationPlan.js';
export type { CaseRunner, Engine } from './engine/Engine.js';
export { engines, engineNamed, defaultEngine } from './engine/engines.js';
export { xstateEngine, makeXStateEngine } from './engine/xstateEngine.js';
export { compileMachine, UnsupportedFeatureError } from './engine/compileMachine.js';
export type { CompiledMachine, CompiledTransition } from './engine/compileMachine.js';
export { compiledEngine, makeCompiledEngine } from './engine/compiledEngine.js';
export { runReplication } from './engine/runReplication.js';
export { chooseNext } from './engine/chooseNext.js';
export { driveCase } from './engine/driveCase.js';
export type { CaseHandle, DrivenCase } from './engine/driveCase.js';

// Random streams and statistics.
export { caseStream } from './random/caseStream.js';
export { sampleDays } from './random/sampleDays.js';
export { summarize } from './stats/summarize.js';
export { KindTally, OPEN } from './stats/KindTally.js';
export type { CaseResult } from './stats/KindTally.js';
export { QuantileSketch } from './stats/QuantileSketch.js';
export { shareInterval95, t975, wilson95 } from './stats/intervals.js';
export { partialResultFormat } from './simulate/SimulationResult.js';
export { resultFormats } from './report/formatResult.js';

// Outputs, verification and inspection parts.
export { csvLogColumns } from './eventLog/csvLog.js';
export { formatTransition } from './structure/clauseMatrix.js';
export { explore, transitionKey } from './verify/explore.js';
export { checkDecisions } from './verify/checkDecisions.js';
export { factCombinations, optionCombinations } from './verify/factCombinations.js';
export { checkRelay } from './inspect/connectInspector.js';
export { shardFromEnvironment } from './io/shardFromEnvironment.js';
export type { Shard } from './io/shardFromEnvironment.js';
export { checkpointWriter, checkpointFormat } from './io/checkpointWriter.js';
export type { CheckpointWriter } from './io/checkpointWriter.js';
export { readCheckpoint } from './io/readCheckpoint.js';
export { calibrationPartialFormat } from './calibrate/CalibrationPartial.js';
export { halfWidth95 } from './experiment/sweep/halfWidth95.js';
export { stopReason } from './experiment/sweep/stopReason.js';
export { sweepPartialFormat } from './experiment/sweep/SweepPartial.js';
export { runSweep } from './experiment/sweep/runSweep.js';
export { sweepStateOf } from './experiment/sweep/sweepStateOf.js';
export { startWorkerPool } from './experiment/workerPool.js';
