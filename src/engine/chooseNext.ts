import type { Draws, Waiting } from '../../machines/index.js';
import { sampleDays } from '../random/sampleDays.js';
import type { Scenario } from '../scenario/Scenario.js';

/**
 * Draws what happens next in a waiting state: one uniform picks the choice (each keyed
 * probability in turn, `rest` takes what is left), two more the days it takes — always three
 * draws, so streams stay aligned across scenarios. `left` is the time left before the horizon
 * (for `untilHorizon`).
 */
export function chooseNext(waiting: Waiting, draws: Draws, scenario: Scenario, left: number): { event: string | null; days: number } {
  const u = draws.uniform();
  let event: string | null = null;
  let acc = 0;
  for (const c of waiting.choices) {
    if (c.p === 'rest') {
      event = c.event;
      break;
    }
    acc += scenario.probabilities[c.p];
    if (u < acc) {
      event = c.event;
      break;
    }
  }
  if (waiting.duration === 'untilHorizon') {
    const v = draws.uniform();
    draws.uniform();
    return { event, days: v * left };
  }
  return { event, days: sampleDays(scenario.durations[waiting.duration], draws) };
}
