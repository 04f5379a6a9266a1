/**
 * The replications a point runs in its next round, having run `done` (numbered 0 to done − 1):
 * up to the next multiple of `batch`, never reaching past `maxReplications`. From a round's end
 * that is the next `batch` numbers; from a checkpoint taken inside a round (done not a multiple
 * of batch) it is the rest of that batch, so the stopping rule still reads the point at
 * batch, 2·batch, … and stops where an uninterrupted run would. Replication r is the same random
 * streams at every point (common random numbers), so the numbers, not just how many, matter. Pure.
 */
export function nextReplications(done: number, batch: number, maxReplications: number): number[] {
  const end = Math.min(done - (done % batch) + batch, maxReplications);
  return Array.from({ length: Math.max(0, end - done) }, (_, i) => done + i);
}
