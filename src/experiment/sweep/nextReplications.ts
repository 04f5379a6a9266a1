/**
 * The replications a point runs in its next round, having run `done` (numbered 0 to done − 1):
 * the next `batch` numbers, never reaching `maxReplications`. Replication r is the same random
 * streams at every point (common random numbers), so the numbers, not just how many, matter. Pure.
 */
export function nextReplications(done: number, batch: number, maxReplications: number): number[] {
  const end = Math.min(done + batch, maxReplications);
  return Array.from({ length: Math.max(0, end - done) }, (_, i) => done + i);
}
