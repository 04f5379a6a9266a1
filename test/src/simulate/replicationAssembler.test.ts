import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledEngine } from '../../../src/engine/compiledEngine.js';
import { runReplication } from '../../../src/engine/runReplication.js';
import { planSimulation, type SimulationPlan } from '../../../src/engine/SimulationPlan.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';
import type { KindTallyData } from '../../../src/stats/KindTally.js';
import { replicationAssembler } from '../../../src/simulate/replicationAssembler.js';
import type { ReplicationTallies } from '../../../src/simulate/SimulationResult.js';
import { simulationUnits, type SimulationUnit } from '../../../src/simulate/SimulationUnit.js';
import { unitSlices } from '../../../src/simulate/unitSlices.js';

const base = baselineScenario();
const scenario = {
  ...base,
  replications: 4,
  population: {
    chineseResidentInKorea: { count: 90, crossedAfterCableShare: 0.2 },
    koreanCitizenInChina: { count: 0, crossedAfterCableShare: 0.2 },
    emigrationApplication: { count: 40, submittedWithinDays: 365 },
  },
};
const plan = planSimulation(scenario);
const run = compiledEngine.prepare(plan);
const reps = [0, 1, 2, 3];
// What a replication run in one piece gives, as bytes (key order included).
const whole = new Map(reps.map((rep) => [rep, JSON.stringify({ rep, kinds: runReplication(plan, run, rep) })]));
const drain = (u: SimulationUnit) => {
  const slices = unitSlices(plan, run, u);
  for (;;) {
    const step = slices.next();
    if (step.done) return step.value;
  }
};
const units = simulationUnits(plan, reps);
const tallies = units.map((u) => [u, drain(u)] as const);

type Assembler = (plan: SimulationPlan, onRep: (t: ReplicationTallies) => void) => (u: SimulationUnit, t: KindTallyData) => void;

/** Law: units arriving in any order make replications byte-identical to replications run whole. */
const assemblesInAnyOrder = (assembler: Assembler) =>
  fc.property(fc.shuffledSubarray(tallies, { minLength: tallies.length, maxLength: tallies.length }), (arrival) => {
    const out: string[] = [];
    const add = assembler(plan, (t) => out.push(JSON.stringify(t)));
    for (const [u, t] of arrival) add(u, t);
    expect(out.length).toBe(reps.length);
    for (const r of out) expect(r).toBe(whole.get(JSON.parse(r).rep));
  });

describe('replicationAssembler', () => {
  it('gives each replication, once all its kinds are in, exactly as a whole replication (any arrival order)', () => {
    fc.assert(assemblesInAnyOrder(replicationAssembler), { numRuns: 200 });
  });

  it('meta: an assembler that keeps the kinds in arrival order is caught', () => {
    const arrivalOrder: Assembler = (p, onRep) => {
      const pending = new Map<number, [string, KindTallyData][]>();
      return (u, t) => {
        const kinds = pending.get(u.rep) ?? [];
        pending.set(u.rep, kinds);
        kinds.push([p.kinds[u.kind]!.kind, t]);
        if (kinds.length === p.kinds.length) onRep({ rep: u.rep, kinds: Object.fromEntries(kinds) });
      };
    };
    const details = fc.check(assemblesInAnyOrder(arrivalOrder), { numRuns: 200 });
    expect(details.failed).toBe(true);
  });

  it('refuses a unit tallied twice', () => {
    const add = replicationAssembler(plan, () => undefined);
    add(tallies[0]![0], tallies[0]![1]);
    expect(() => add(tallies[0]![0], tallies[0]![1])).toThrow('replication 0, kind 0: tallied twice');
  });
});
