// The public API of cable1957: an explicit list, and the README's API table names every value
// exported here (test/api.test.ts checks both ways). Nothing is re-exported with `export *`, so an
// internal rename is never a breaking change. What tests, benchmarks and scripts need besides this
// lives behind `cable1957/internal` (src/internal.ts), which is not a stable API.

// The cable, encoded: the same names as `cable1957/machines`.
export {
  cable,
  clauseIds,
  getClause,
  isClauseId,
  caseMachines,
  caseKinds,
  caseFacts,
  chineseResidentInKoreaMachine,
  koreanCitizenInChinaMachine,
  emigrationApplicationMachine,
  notModeled,
  readings,
  resolveReadings,
  applyReadings,
  effectiveDateOf,
  fixedChoices,
  behaviourDrivers,
  durationKeys,
  probabilityKeys,
  embeddedScenarios,
  precedence,
  invariants,
} from '../machines/index.js';
export type {
  Cable,
  Clause,
  ClauseId,
  CaseKind,
  Citation,
  ChineseResidentInKoreaEvent,
  KoreanCitizenInChinaEvent,
  EmigrationApplicationEvent,
  Reading,
  ReadingId,
  ReadingOption,
  ReadingGuard,
  ReadingSelection,
  ReadingUpdate,
  FixedChoice,
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
  FactSpec,
  Choice,
  Draws,
  DrawnCase,
  Driver,
  DurationKey,
  FactContext,
  PopulationSetting,
  ProbabilityKey,
  Waiting,
  Precedence,
  CaseHistory,
  Invariant,
} from '../machines/index.js';

// One case: run it, step it, explain it, save and resume it.
export { runCase } from './case/runCase.js';
export type { CaseEvent } from './case/runCase.js';
export { openCase } from './case/openCase.js';
export type { CaseOptions, CaseRun, InspectionObserver } from './case/openCase.js';
export { explain } from './case/explain.js';
export type { ClauseText } from './case/explain.js';
export { persistCase } from './case/persistCase.js';
export type { PersistedCase } from './case/persistCase.js';
export { restoreCase } from './case/restoreCase.js';
export { sampleTraces } from './case/sampleTraces.js';
export type { SampleOptions } from './case/sampleTraces.js';
export type { CaseStatus, Trace, TraceStep } from './case/Trace.js';

// What a case is turned into: event logs and diagrams.
export { eventLog, eventLogFormats } from './eventLog/eventLog.js';
export type { EventLogFormat } from './eventLog/eventLog.js';
export { csvLog } from './eventLog/csvLog.js';
export { xesLog } from './eventLog/xesLog.js';
export { ocelLog } from './eventLog/ocelLog.js';
export type { OcelOptions } from './eventLog/ocelLog.js';
export type { TraceSource } from './eventLog/TraceSource.js';
export { writeAtomically } from './io/writeAtomically.js';
export { describeMachine } from './structure/describeMachine.js';
export type { MachineDescription, StateInfo, TransitionInfo } from './structure/describeMachine.js';
export { mermaidDiagram } from './diagram/mermaidDiagram.js';
export type { MermaidOptions } from './diagram/mermaidDiagram.js';
export { dotDiagram } from './diagram/dotDiagram.js';
export type { DotOptions } from './diagram/dotDiagram.js';
export { svgDiagram } from './diagram/svgDiagram.js';
export { statelyMachine } from './stately/statelyMachine.js';
export type { StatelyMachine, StatelyOptions } from './stately/statelyMachine.js';

// The clause ↔ model matrix and the traceability check.
export { clauseMatrix } from './structure/clauseMatrix.js';
export type { ClauseLike, ClauseMatrixRow, ClauseUse } from './structure/clauseMatrix.js';
export { formatClauseMatrix } from './structure/formatClauseMatrix.js';
export type { ClauseMatrixFormat } from './structure/formatClauseMatrix.js';
export { traceabilityProblems } from './structure/traceabilityProblems.js';

// Monte Carlo: scenarios, runs, shards and their results.
export { loadScenario, baselineScenario, embeddedScenario } from './scenario/loadScenario.js';
export type { ScenarioInput } from './scenario/loadScenario.js';
export type { Distribution, Scenario } from './scenario/Scenario.js';
export { simulate, simulatePartial } from './simulate/simulate.js';
export type { Progress, SimulateOptions } from './simulate/simulate.js';
export { mergeResults } from './simulate/mergeResults.js';
export type { PartialResult, ReplicationTallies, SimulationResult } from './simulate/SimulationResult.js';
export type { OutcomeSummary, PathSummary, Summary, TimeSummary } from './stats/summarize.js';
export type { KindTallyData } from './stats/KindTally.js';
export type { SketchData } from './stats/QuantileSketch.js';
export { formatResult } from './report/formatResult.js';
export type { ResultFormat } from './report/formatResult.js';
export { reportHtml } from './report/html/reportHtml.js';
export { compareHtml } from './report/html/compareHtml.js';

// The historical record as checks on a run, and calibration of assumptions against it.
export { evaluateRecord } from './record/evaluateRecord.js';
export { verdictOf } from './record/verdictOf.js';
export { satisfies } from './record/satisfies.js';
export { distanceOutside } from './record/distanceOutside.js';
export type { CheckUse, Expectation, Measure, RecordCheck, RecordResult, Verdict } from './record/RecordCheck.js';
export type { Provenance } from './scenario/Scenario.js';
export { calibrate } from './calibrate/calibrate.js';
export type { CalibrateOptions, CalibrationProgress } from './calibrate/calibrate.js';
export type { CalibrationResult, CheckSummary, DesignPoint, PointCheck, PointResult, PosteriorRange, Quantiles } from './calibrate/CalibrationResult.js';
export { formatCalibration } from './calibrate/formatCalibration.js';
export type { CalibrationFormat } from './calibrate/formatCalibration.js';
export { calibratedScenarioText } from './calibrate/calibratedScenarioText.js';
export { mergeCalibration } from './calibrate/mergeCalibration.js';
export type { CalibrationPartial } from './calibrate/CalibrationPartial.js';
export { compare } from './experiment/compare/compare.js';
export type { CompareOptions } from './experiment/compare/compare.js';
export { formatComparison, comparisonFormats } from './experiment/compare/formatComparison.js';
export type { ComparisonFormat } from './experiment/compare/formatComparison.js';
export type { Arm, CompareResult, OutcomeDifference, PairedDifference, RecordDifference, VarianceReduction } from './experiment/compare/CompareResult.js';
export { sweep } from './experiment/sweep/sweep.js';
export type { SweepOptions, SweepProgress } from './experiment/sweep/sweep.js';
export { loadSweep, resolveSweep } from './experiment/sweep/loadSweep.js';
export { formatSweep, sweepFormats } from './experiment/sweep/formatSweep.js';
export type { CheckTarget, OutcomeTarget, SweepDesign, SweepTarget } from './experiment/sweep/SweepDesign.js';
export type { SweepCheckRow, SweepPoint, SweepResult, SweepRow } from './experiment/sweep/SweepResult.js';
export type { SweepState } from './experiment/sweep/SweepState.js';
export type { StopReason } from './experiment/sweep/stopReason.js';
export { mergeSweep } from './experiment/sweep/mergeSweep.js';
export type { SweepPartial } from './experiment/sweep/SweepPartial.js';

// Checks: exhaustive verification and run-time monitors.
export { verifyMachine } from './verify/verifyMachine.js';
export type { MachineVerification } from './verify/verifyMachine.js';
export type { Decision, Exploration, SimplePath, Situation } from './verify/explore.js';
export type { DecisionFinding, DeclaredPrecedence } from './verify/checkDecisions.js';
export { createMonitor } from './monitor/createMonitor.js';
export type { Monitor } from './monitor/createMonitor.js';

// Watching cases: the local relay, the inspector connection, scripted cases, the viewer.
export { startRelay } from './inspect/startRelay.js';
export type { Relay, RelayOptions, ServedFile } from './inspect/startRelay.js';
export { connectInspector } from './inspect/connectInspector.js';
export type { ConnectedInspector } from './inspect/connectInspector.js';
export { scriptCases } from './inspect/scriptCases.js';
export type { CaseScript } from './inspect/scriptCases.js';
export { streamCases } from './inspect/streamCases.js';
export type { StreamOptions } from './inspect/streamCases.js';
export { viewerFiles } from './inspect/viewerFiles.js';

// The errors a caller can catch: bad input, and a monitor that stopped a run.
export { InputError } from './InputError.js';
export { InvariantViolation } from './monitor/InvariantViolation.js';
