import { planSimulation } from '../../engine/SimulationPlan.js';
import { InputError } from '../../InputError.js';
import type { Scenario } from '../../scenario/Scenario.js';
import { simulateTallies, type Progress } from '../../simulate/simulate.js';
import type { CompareResult } from './CompareResult.js';
import { compareTallies } from './compareTallies.js';
import { independentSeed } from './independentSeed.js';
import { recordDifferences } from './recordDifferences.js';

/** Options of a comparison. */
export interface CompareOptions {
  /** The engine. @defaultValue the default engine ("compiled") */
  readonly engine?: string;
  /** Worker threads splitting each run's replications; results are identical for any number. @defaultValue 1 */
  readonly workers?: number;
  /** Hears of progress over the three runs (A, B, B on the independent seed) as one. */
  readonly onProgress?: (progress: Progress) => void;
  /** Stops the run. */
  readonly signal?: AbortSignal;
}

/**
 * Compares two arms on common random numbers: runs A and B on A's seed and replications (every
 * case of B draws the same stream as the same case of A), and B once more on an independent seed
 * to measure what the pairing saves. Returns, per kind × outcome, B − A in share and median days
 * with 95% t-intervals across the paired replications, the measured variance reduction, and the
 * record checks both arms carry. Needs at least two replications (a per-replication t-interval);
 * refuses two identical arms. The intervals measure Monte Carlo noise given the assumptions.
 */
export async function compare(a: Scenario, bAsGiven: Scenario, options: CompareOptions = {}): Promise<CompareResult> {
  if (a.replications < 2) {
    throw new InputError(`compare: ${a.replications} replication: the paired interval is a t-interval across replications, so it needs at least 2 (a single replication's tallies do not pair cases)`);
  }
  const notes: string[] = [];
  if (bAsGiven.seed !== a.seed || bAsGiven.replications !== a.replications) {
    notes.push(`arm B runs on arm A's seed ${a.seed} and ${a.replications} replications (its scenario says seed ${bAsGiven.seed}, ${bAsGiven.replications} replications)`);
  }
  const b: Scenario = { ...bAsGiven, seed: a.seed, replications: a.replications };
  if (JSON.stringify(a) === JSON.stringify(b)) throw new InputError('compare: the two arms are the same scenario with the same readings; nothing to compare');
  const bIndependent: Scenario = { ...b, seed: independentSeed(a.seed) };

  const planA = planSimulation(a);
  const planB = planSimulation(b);
  const order: Record<string, readonly string[]> = {};
  for (const k of planA.kinds) {
    const other = planB.kinds.find((x) => x.kind === k.kind);
    if (k.count === 0 && (other?.count ?? 0) === 0) continue;
    if (k.count === 0 || !other || other.count === 0) {
      notes.push(`${k.kind}: no cases in arm ${k.count === 0 ? 'A' : 'B'}; not compared`);
      continue;
    }
    if (k.count !== other.count) {
      // Streams are keyed by case index: cases 0 … min − 1 share theirs, the rest have no partner.
      // Replications still pair, so the interval stays valid; the variance reduction shows what is left.
      notes.push(`${k.kind}: ${k.count} cases per replication in A, ${other.count} in B: the first ${Math.min(k.count, other.count)} share their random streams, the rest do not; replications still pair, so the intervals hold, but pairing saves less`);
    }
    order[k.kind] = [...k.outcomes, ...other.outcomes.filter((o) => !k.outcomes.includes(o))];
  }

  const runs = [a, b, bIndependent];
  const perRep = (s: Scenario) => planSimulation(s).kinds.reduce((n, k) => n + k.count, 0) * s.replications;
  const casesTotal = runs.reduce((n, s) => n + perRep(s), 0);
  const started = Date.now();
  let before = { replicationsDone: 0, casesDone: 0 };
  const tallies = [];
  for (const scenario of runs) {
    const partial = await simulateTallies(scenario, {
      ...(options.engine ? { engine: options.engine } : {}),
      ...(options.workers ? { workers: options.workers } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress
        ? {
            onProgress: (p: Progress) =>
              options.onProgress!({
                replicationsDone: before.replicationsDone + p.replicationsDone,
                replications: 3 * a.replications,
                casesDone: before.casesDone + p.casesDone,
                casesTotal,
                elapsedMs: Date.now() - started,
              }),
          }
        : {}),
    });
    before = { replicationsDone: before.replicationsDone + scenario.replications, casesDone: before.casesDone + perRep(scenario) };
    tallies.push(partial);
  }
  const [ta, tb, tbi] = tallies as [(typeof tallies)[number], (typeof tallies)[number], (typeof tallies)[number]];
  const { differences, varianceReduction } = compareTallies({ a: ta.reps, b: tb.reps, bIndependent: tbi.reps }, order);
  const record = a.record.length > 0 || b.record.length > 0 ? recordDifferences(a, b, { a: ta.reps, b: tb.reps }, notes) : undefined;
  return {
    arms: { a: { scenario: a }, b: { scenario: b } },
    seed: a.seed,
    replications: a.replications,
    independentSeed: bIndependent.seed,
    engine: ta.engine,
    differences,
    varianceReduction,
    ...(record ? { record } : {}),
    notes,
  };
}
