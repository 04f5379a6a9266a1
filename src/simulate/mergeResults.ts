import { evaluateRecord } from '../record/evaluateRecord.js';
import { planSimulation } from '../engine/SimulationPlan.js';
import { InputError } from '../InputError.js';
import { summarize } from '../stats/summarize.js';
import { partialResultFormat, type PartialResult, type SimulationResult } from './SimulationResult.js';

/**
 * Combines partial results (shards, or workers' replications) into the result of the whole
 * run: byte-identical to an unsplit run, because replications are summed in their own order.
 * Throws an InputError when the partials are of different runs, overlap, or leave some out.
 */
export function mergeResults(partials: readonly PartialResult[], where: readonly string[] = []): SimulationResult {
  const name = (i: number) => where[i] ?? `partial ${i + 1}`;
  if (partials.length === 0) throw new InputError('merge: no partial results given');
  partials.forEach((p, i) => {
    if (p?.format !== partialResultFormat) throw new InputError(`${name(i)}: not a cable1957 partial result (format is ${JSON.stringify(p?.format)}, expected "${partialResultFormat}")`);
  });
  const first = partials[0]!;
  const scenario = JSON.stringify(first.scenario);
  partials.forEach((p, i) => {
    if (JSON.stringify(p.scenario) !== scenario) throw new InputError(`${name(i)}: a different scenario (or seed, or replications) from ${name(0)}`);
    if (p.engine !== first.engine) throw new InputError(`${name(i)}: engine "${p.engine}" differs from ${name(0)}'s "${first.engine}"`);
  });
  const total = first.scenario.replications;
  const byRep = new Map<number, PartialResult['reps'][number]>();
  partials.forEach((p, i) => {
    for (const r of p.reps) {
      if (!Number.isInteger(r.rep) || r.rep < 0 || r.rep >= total) throw new InputError(`${name(i)}: replication ${r.rep} is outside 0..${total - 1}`);
      if (byRep.has(r.rep)) throw new InputError(`${name(i)}: replication ${r.rep} is in more than one partial`);
      byRep.set(r.rep, r);
    }
  });
  if (byRep.size < total) {
    // Every rep is distinct and in range, so the count of missing ones is a subtraction; only the
    // first ten are looked for, never a list as long as the run.
    const missing = total - byRep.size;
    const first: number[] = [];
    for (let r = 0; r < total && first.length < 10; r++) if (!byRep.has(r)) first.push(r);
    const list = missing > 10 ? `${first.join(', ')}, … (${missing} in all)` : first.join(', ');
    throw new InputError(`merge: replications missing: ${list}`);
  }
  const ordered = Array.from({ length: total }, (_, r) => byRep.get(r)!);
  const plan = planSimulation(first.scenario);
  const summary = summarize(ordered.map((r) => r.kinds), Object.fromEntries(plan.kinds.map((k) => [k.kind, k.outcomes])));
  const result = { scenario: first.scenario, seed: first.scenario.seed, replications: total, engine: first.engine, ...summary };
  return first.scenario.record.length > 0 ? { ...result, record: evaluateRecord(first.scenario, ordered) } : result;
}
