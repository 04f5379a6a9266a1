import { describe, expect, it } from 'vitest';
import { planSimulation } from '../../../src/engine/SimulationPlan.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';
import { simulationUnits } from '../../../src/simulate/SimulationUnit.js';

describe('simulationUnits', () => {
  const base = baselineScenario();
  const plan = planSimulation({
    ...base,
    population: {
      chineseResidentInKorea: { count: 30, crossedAfterCableShare: 0.2 },
      koreanCitizenInChina: { count: 50, crossedAfterCableShare: 0.2 },
      emigrationApplication: { count: 30, submittedWithinDays: 365 },
    },
  });

  it('lists every kind of every replication once: replication by replication, the largest kind first (ties in plan order)', () => {
    expect(simulationUnits(plan, [3, 5])).toEqual([
      { rep: 3, kind: 1 },
      { rep: 3, kind: 0 },
      { rep: 3, kind: 2 },
      { rep: 5, kind: 1 },
      { rep: 5, kind: 0 },
      { rep: 5, kind: 2 },
    ]);
    expect(simulationUnits(plan, [])).toEqual([]);
  });
});
