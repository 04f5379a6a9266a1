import type { RecordCheck } from '../../record/RecordCheck.js';
import type { Scenario } from '../../scenario/Scenario.js';
import type { ReplicationTallies } from '../../simulate/SimulationResult.js';
import { QuantileSketch } from '../../stats/QuantileSketch.js';
import type { RecordDifference } from './CompareResult.js';
import { pairedDifference } from './pairedDifference.js';

/** One check's estimate in one replication (as evaluateRecord reads it, per replication), or undefined when nothing could be counted. */
function estimateIn(check: RecordCheck, rep: ReplicationTallies): number | undefined {
  const m = check.measure;
  const c = rep.kinds[m.kind]?.checks?.[check.id];
  if (!c) return undefined;
  if (m.quantile !== undefined) {
    if (!c.days || c.k === 0) return undefined;
    const sketch = new QuantileSketch();
    sketch.merge(c.days);
    return sketch.quantile(m.quantile);
  }
  if (m.scale !== undefined) return c.k * m.scale;
  return c.n > 0 ? c.k / c.n : undefined;
}

/**
 * The record checks both arms carry (same id, same measure), in A's order: B − A in each check's
 * per-replication estimate with a paired 95% interval, over the replications where both arms
 * could count it. Checks of only one arm, or measured differently, are named in `notes`. Pure.
 */
export function recordDifferences(a: Scenario, b: Scenario, tallies: { a: readonly ReplicationTallies[]; b: readonly ReplicationTallies[] }, notes: string[]): RecordDifference[] {
  const inB = new Map(b.record.map((c) => [c.id, c]));
  const out: RecordDifference[] = [];
  for (const check of a.record) {
    const other = inB.get(check.id);
    if (!other || JSON.stringify(other.measure) !== JSON.stringify(check.measure)) {
      notes.push(`record check ${check.id}: ${other ? 'measured differently in the two arms' : 'only in arm A'}; not compared`);
      continue;
    }
    const xa: number[] = [];
    const xb: number[] = [];
    tallies.a.forEach((rep, r) => {
      const x = estimateIn(check, rep);
      const y = estimateIn(check, tallies.b[r]!);
      if (x !== undefined && y !== undefined) xa.push(x), xb.push(y);
    });
    const timeOrCount = check.measure.quantile !== undefined || check.measure.scale !== undefined;
    const difference = xa.length < 2 ? null : timeOrCount ? pairedDifference(xa, xb, 2) : pairedDifference(xa, xb, 6, [-1, 1]);
    out.push({ id: check.id, measure: check.measure, difference });
  }
  for (const check of b.record) if (!a.record.some((c) => c.id === check.id)) notes.push(`record check ${check.id}: only in arm B; not compared`);
  return out;
}
