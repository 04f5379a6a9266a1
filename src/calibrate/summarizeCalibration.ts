import type { CalibrationRange } from '../scenario/calibrationRanges.js';
import { distanceOutside } from '../record/distanceOutside.js';
import type { RecordCheck, Verdict } from '../record/RecordCheck.js';
import { satisfies } from '../record/satisfies.js';
import type { CalibrationResult, CheckSummary, PointResult, PosteriorRange } from './CalibrationResult.js';
import { quantiles } from './quantiles.js';

/** What the summary needs besides the points: the run's settings and its time. */
export interface CalibrationRun {
  /** The scenario's name. */
  readonly scenario: string;
  /** Its record checks, in order. */
  readonly record: readonly RecordCheck[];
  /** The calibrated assumptions. */
  readonly ranges: readonly CalibrationRange[];
  /** The seed. */
  readonly seed: number;
  /** The engine. */
  readonly engine: string;
  /** Replications per point. */
  readonly replicationsPerPoint: number;
  /** The closest share accepted when no point satisfies every calibration check. */
  readonly epsilon: number;
  /** Seconds the run took. */
  readonly seconds: number;
}

/** A check's estimate at a point; null when the point gave none. */
const estimateOf = (point: PointResult, check: RecordCheck) => point.checks.find((c) => c.id === check.id)?.estimate ?? null;

/** The summed distance of a point's estimates outside the calibration checks' regions; Infinity when one has no estimate. */
function distanceOf(point: PointResult, calibration: readonly RecordCheck[]): number {
  return calibration.reduce((sum, check) => sum + distanceOutside(check.expect, estimateOf(point, check)), 0);
}

/** True when every calibration check's estimate at the point lies in the expected region. */
export function satisfiesCalibration(point: PointResult, calibration: readonly RecordCheck[]): boolean {
  return calibration.every((check) => satisfies(check.expect, estimateOf(point, check)));
}

/**
 * Accepts points and summarizes them: the points satisfying every calibration check (point estimate
 * in the expected region), or, when none does, the closest ⌈epsilon·N⌉ by summed distance (ties by
 * index); then the posterior quantiles of each assumption, every check over the accepted points,
 * and the accepted point nearest the posterior medians. `points` must be in index order. Pure.
 */
export function summarizeCalibration(points: readonly PointResult[], run: CalibrationRun): CalibrationResult {
  const calibration = run.record.filter((c) => c.use === 'calibration');
  const validation = run.record.filter((c) => c.use === 'validation');
  const distances = points.map((p) => distanceOf(p, calibration));
  const satisfying = points.filter((p) => satisfiesCalibration(p, calibration));
  let accepted: PointResult[] = satisfying;
  const acceptedBy = satisfying.length > 0 ? 'satisfies' : 'closest';
  if (satisfying.length === 0) {
    const take = Math.max(1, Math.ceil(run.epsilon * points.length));
    const order = points.map((_, i) => i).sort((a, b) => distances[a]! - distances[b]! || a - b);
    accepted = order.slice(0, take).sort((a, b) => a - b).map((i) => points[i]!);
  }
  const acceptedSet = new Set(accepted.map((p) => p.index));

  const posterior: Record<string, PosteriorRange> = {};
  run.ranges.forEach((r, d) => {
    const q = quantiles(accepted.map((p) => p.values[d]!))!;
    posterior[r.key] = { prior: [r.lo, r.hi], ...q };
  });

  const checks = [...calibration, ...validation].map((check): CheckSummary => {
    const verdicts: Record<Verdict, number> = { consistent: 0, inconsistent: 0, undecided: 0 };
    const estimates: number[] = [];
    let satisfied = 0;
    for (const p of accepted) {
      const c = p.checks.find((x) => x.id === check.id);
      if (!c) continue;
      verdicts[c.verdict]++;
      if (c.estimate !== null) {
        estimates.push(c.estimate);
        if (satisfies(check.expect, c.estimate)) satisfied++;
      }
    }
    return { id: check.id, use: check.use, says: check.says, measure: check.measure, expect: check.expect, satisfied, verdicts, estimate: quantiles(estimates) };
  });

  // Nearest the medians in range-normalised coordinates, so a count's scale does not outweigh a share's.
  const spread = (p: PointResult) =>
    run.ranges.reduce((sum, r, d) => sum + ((p.values[d]! - posterior[r.key]!.p50) / (r.hi - r.lo)) ** 2, 0);
  const chosen = accepted.reduce((best, p) => (spread(p) < spread(best) ? p : best));
  const valuesOf = (p: PointResult) => Object.fromEntries(run.ranges.map((r, d) => [r.key, p.values[d]!]));

  const cases = points.reduce((a, p) => a + p.cases, 0);
  return {
    scenario: run.scenario,
    seed: run.seed,
    engine: run.engine,
    points: points.length,
    replicationsPerPoint: run.replicationsPerPoint,
    epsilon: run.epsilon,
    accepted: accepted.length,
    acceptedBy,
    calibrationChecks: calibration.map((c) => c.id),
    validationChecks: validation.map((c) => c.id),
    posterior,
    checks,
    chosen: { point: chosen.index, values: valuesOf(chosen) },
    design: points.map((p, i) => ({
      values: valuesOf(p),
      estimates: Object.fromEntries(calibration.map((c) => [c.id, estimateOf(p, c)])),
      distance: Number.isFinite(distances[i]!) ? distances[i]! : null,
      accepted: acceptedSet.has(p.index),
    })),
    cases,
    timing: { seconds: run.seconds, casesPerSecond: run.seconds > 0 ? cases / run.seconds : 0 },
  };
}
