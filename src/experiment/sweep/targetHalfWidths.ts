import { evaluateRecord } from '../../record/evaluateRecord.js';
import type { Scenario } from '../../scenario/Scenario.js';
import type { KindTallyData } from '../../stats/KindTally.js';
import { halfWidth95 } from './halfWidth95.js';
import type { SweepTarget } from './SweepDesign.js';

/**
 * Each target's 95% half-width at a point, from its replications' tallies (in replication order).
 * An outcome share: `halfWidth95` over the per-replication shares; a kind with no cases at this
 * point has nothing to estimate and no noise, so 0. A record check: half its interval as
 * `simulate` prints it, or null when it has no estimate yet. Pure.
 */
export function targetHalfWidths(targets: readonly SweepTarget[], scenario: Scenario, reps: readonly Readonly<Record<string, KindTallyData>>[]): (number | null)[] {
  const checks = targets.some((t) => 'check' in t) ? evaluateRecord(scenario, reps.map((kinds, rep) => ({ rep, kinds }))) : [];
  return targets.map((target) => {
    if ('check' in target) {
      const ci = checks.find((c) => c.id === target.check)?.model.ci95;
      return ci ? (ci[1] - ci[0]) / 2 : null;
    }
    const tallies = reps.map((r) => r[target.kind]).filter((t): t is KindTallyData => t !== undefined && t.n > 0);
    if (tallies.length === 0) return 0;
    return halfWidth95(
      tallies.map((t) => (t.outcomes[target.outcome]?.count ?? 0) / t.n),
      tallies[0]!.n,
    );
  });
}
