/** Why a point stopped: its targets were met, or it reached the most replications allowed. */
export type StopReason = 'target' | 'max';

/**
 * The stopping rule, after a round: `target` when every target's half-width is known and at most
 * its goal (and at least two replications ran: one replication's interval knows nothing of the
 * spread between replications); else `max` when `replications` reached `maxReplications`; else
 * null (run another batch). With no targets a point runs to `maxReplications`. It reads results only — never time or threads — so a sweep stops at
 * the same replication whatever runs it. Pure.
 */
export function stopReason(halfWidths: readonly (number | null)[], goals: readonly number[], replications: number, maxReplications: number): StopReason | null {
  const met = goals.length > 0 && replications >= 2 && halfWidths.every((h, i) => h !== null && h <= goals[i]!);
  if (met) return 'target';
  return replications >= maxReplications ? 'max' : null;
}
