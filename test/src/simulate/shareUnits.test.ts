import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/Engine.js';
import { compiledEngine } from '../../../src/engine/compiledEngine.js';
import { runReplication } from '../../../src/engine/runReplication.js';
import { planSimulation } from '../../../src/engine/SimulationPlan.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';
import type { KindTallyData } from '../../../src/stats/KindTally.js';
import { replicationAssembler } from '../../../src/simulate/replicationAssembler.js';
import type { ReplicationTallies } from '../../../src/simulate/SimulationResult.js';
import { shareUnits } from '../../../src/simulate/shareUnits.js';
import { simulationUnits } from '../../../src/simulate/SimulationUnit.js';

// The worker runs from the build (npm test builds first): source files cannot start a thread.
const built = fileURLToPath(new URL('../../../dist/simulationWorker.js', import.meta.url));
const base = baselineScenario();
const scenario = {
  ...base,
  replications: 6,
  population: {
    chineseResidentInKorea: { count: 60, crossedAfterCableShare: 0.2 },
    koreanCitizenInChina: { count: 30, crossedAfterCableShare: 0.2 },
    emigrationApplication: { count: 30, submittedWithinDays: 365 },
  },
};
const plan = planSimulation(scenario);
const reps = [0, 1, 2, 3, 4, 5];
const units = simulationUnits(plan, reps);
const whole = reps.map((rep) => JSON.stringify({ rep, kinds: runReplication(plan, compiledEngine.prepare(plan), rep) }));

/** The compiled engine on the main thread, slowed down and counting its cases (workers look the engine up by name: they run the real one). */
const slowMain = (name = 'compiled') => {
  const counted = { cases: 0 };
  const engine: Engine = {
    name,
    prepare: (p) => {
      const run = compiledEngine.prepare(p);
      return (kind, id, draws) => {
        counted.cases++;
        const until = performance.now() + 0.2;
        while (performance.now() < until);
        return run(kind, id, draws);
      };
    },
  };
  return { engine, counted };
};

describe('shareUnits', () => {
  it.runIf(existsSync(built))('with 2 threads, two workers run every unit once between them, the main thread none, and the replications come out as if run whole', async () => {
    const { engine, counted } = slowMain();
    const seen = new Set<string>();
    const out: ReplicationTallies[] = [];
    const assemble = replicationAssembler(plan, (t) => out.push(t));
    let cases = 0;
    await shareUnits(plan, engine, units, {
      threads: 2,
      breathMs: 50,
      workerFile: built,
      onCases: (n) => (cases += n),
      onUnit: (u, t: KindTallyData) => {
        const key = `${u.rep}/${u.kind}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
        assemble(u, t);
      },
    });
    expect(seen.size).toBe(units.length);
    expect(cases).toBe(120 * reps.length);
    // The workers computed everything: the main thread's (counting) runner never ran.
    expect(counted.cases).toBe(0);
    expect(out.sort((a, b) => a.rep - b.rep).map((t) => JSON.stringify(t))).toEqual(whole);
  });

  it('with one thread runs everything on the main thread and starts no worker', async () => {
    const { engine, counted } = slowMain();
    const out: ReplicationTallies[] = [];
    await shareUnits(plan, engine, units, { threads: 1, breathMs: 50, workerFile: '/nonexistent/worker.js', onCases: () => undefined, onUnit: replicationAssembler(plan, (t) => out.push(t)) });
    expect(counted.cases).toBe(120 * reps.length);
    expect(out.map((t) => JSON.stringify(t))).toEqual(whole);
  });

  it.runIf(existsSync(built))("a worker's error stops the run and is the promise's", async () => {
    // The worker looks the engine up by name: an unknown one throws there, not on the main thread.
    const { engine } = slowMain('nonesuch');
    await expect(
      shareUnits(plan, engine, units, { threads: 2, breathMs: 5, workerFile: built, onCases: () => undefined, onUnit: () => undefined }),
    ).rejects.toThrow('unknown engine "nonesuch"');
  });

  it.runIf(existsSync(built))('an abort stops the workers; the promise rejects with its reason and no unit arrives after it', async () => {
    const { engine } = slowMain();
    const controller = new AbortController();
    let units_ = 0;
    await expect(
      shareUnits(plan, engine, units, {
        threads: 2,
        breathMs: 5,
        workerFile: built,
        signal: controller.signal,
        onCases: () => undefined,
        onUnit: () => {
          if (++units_ === 1) controller.abort(new Error('enough'));
        },
      }),
    ).rejects.toThrow('enough');
    expect(units_).toBe(1);
  });

  it('an abort stops the main thread alone between two slices', async () => {
    const { engine, counted } = slowMain();
    const controller = new AbortController();
    let units_ = 0;
    await expect(
      shareUnits(plan, engine, units, {
        threads: 1,
        breathMs: 5,
        signal: controller.signal,
        onCases: () => undefined,
        onUnit: () => {
          if (++units_ === 1) controller.abort(new Error('enough'));
        },
      }),
    ).rejects.toThrow('enough');
    expect(units_).toBe(1);
    expect(counted.cases).toBeLessThan(120 * reps.length);
  });

  it('refuses to start workers without the built worker', async () => {
    await expect(
      shareUnits(plan, compiledEngine, units, { threads: 2, breathMs: 50, workerFile: '/nonexistent/worker.js', onCases: () => undefined, onUnit: () => undefined }),
    ).rejects.toThrow('--workers needs the built worker (/nonexistent/worker.js); run "npm run build"');
  });
});
