import { planSimulation } from '../../engine/SimulationPlan.js';
import { evaluateRecord } from '../../record/evaluateRecord.js';
import type { Scenario } from '../../scenario/Scenario.js';
import { summarize } from '../../stats/summarize.js';
import { sweepEngine } from './replicationRunner.js';
import type { SweepDesign } from './SweepDesign.js';
import { sweepResultFormat, type SweepCheckRow, type SweepPoint, type SweepResult, type SweepRow } from './SweepResult.js';
import type { SweepState } from './SweepState.js';
import { targetHalfWidths } from './targetHalfWidths.js';

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The result of a finished sweep: per point, `simulate`'s summary of its replications (shares,
 * intervals, median days) as tidy rows, with the half-width the stopping rule read and why the
 * point stopped; and the record checks per point when the scenario has any. Pure.
 */
export function summarizeSweep(design: SweepDesign, state: SweepState, scenarioAt: (values: readonly number[]) => Scenario): SweepResult {
  const order = Object.fromEntries(planSimulation(design.scenario).kinds.map((k) => [k.kind, k.outcomes]));
  const rows: SweepRow[] = [];
  const checks: SweepCheckRow[] = [];
  const points: SweepPoint[] = [];
  let cases = 0;
  state.points.forEach((p, index) => {
    if (p.stopped === null) throw new Error(`sweep: point ${index} has not stopped`);
    const values = Object.fromEntries(design.keys.map((k, d) => [k, design.points[index]![d]!]));
    const at: SweepPoint = { point: index, values, replications: p.reps.length, stopped: p.stopped };
    points.push(at);
    for (const rep of p.reps) for (const k of Object.values(rep)) cases += k.n;
    const summary = summarize(p.reps, order);
    for (const [kind, outcomes] of Object.entries(summary.outcomes)) {
      const halves = targetHalfWidths(
        Object.keys(outcomes).map((outcome) => ({ kind, outcome, halfWidth: 1 })),
        design.scenario,
        p.reps,
      );
      Object.entries(outcomes).forEach(([outcome, o], i) => {
        rows.push({ ...at, kind, outcome, share: o.share, ci95: o.ci95, halfWidth: round6(halves[i]!), medianDays: summary.timeToOutcomeDays[kind]?.[outcome]?.median ?? null });
      });
    }
    const scenario = scenarioAt(design.points[index]!);
    if (scenario.record.length === 0) return;
    for (const r of evaluateRecord(scenario, p.reps.map((kinds, rep) => ({ rep, kinds })))) {
      const ci = r.model.ci95;
      checks.push({ ...at, check: r.id, estimate: r.model.estimate, ci95: ci, halfWidth: ci ? round6((ci[1] - ci[0]) / 2) : null, verdict: r.verdict });
    }
  });
  return {
    format: sweepResultFormat,
    scenario: design.scenario,
    seed: design.scenario.seed,
    engine: sweepEngine,
    design: design.design,
    ranges: design.ranges,
    targets: design.targets,
    batch: design.batch,
    maxReplications: design.maxReplications,
    cases,
    points,
    rows,
    ...(design.scenario.record.length > 0 ? { checks } : {}),
  };
}
