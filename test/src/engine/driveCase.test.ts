import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/InputError.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';
import type { Scenario } from '../../../src/scenario/Scenario.js';
import { simulate } from '../../../src/simulate/simulate.js';

/** The baseline without one key, as an untyped (JavaScript) caller could pass it. */
function without(group: 'probabilities' | 'durations', key: string): Scenario {
  const b = baselineScenario();
  const { [key]: _, ...rest } = b[group] as Record<string, unknown>;
  return { ...b, replications: 1, [group]: rest } as unknown as Scenario;
}

describe('driveCase', () => {
  describe.each(['compiled', 'xstate'])('on the %s engine, refuses a scenario that lacks a key instead of reading it as 0', (engine) => {
    it('a probability', async () => {
      const run = simulate(without('probabilities', 'agreesToReturn'), { engine });
      await expect(run).rejects.toThrow(InputError);
      await expect(simulate(without('probabilities', 'agreesToReturn'), { engine })).rejects.toThrow('scenario "baseline": probabilities.agreesToReturn is missing');
    });
    it('a duration', async () => {
      await expect(simulate(without('durations', 'screening'), { engine })).rejects.toThrow('scenario "baseline": durations.screening is missing');
    });
  });
  it('runs the whole scenario when every key is there', async () => {
    const result = await simulate({ ...baselineScenario(), replications: 1 });
    expect(Object.keys(result.outcomes)).toEqual(Object.keys(baselineScenario().population));
  });
});
