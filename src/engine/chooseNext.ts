import type { Draws, Waiting } from '../../machines/index.js';
import { durationSampler, sampleWith, type DurationSampler } from '../random/sampleDays.js';
import type { Scenario } from '../scenario/Scenario.js';

/** A waiting state's choices under one scenario, made ready for the inner loop. */
export interface CompiledWaiting {
  /** The events in order (`null`: nothing happens before the horizon). */
  readonly events: readonly (string | null)[];
  /** After each choice, the running sum of the keyed probabilities up to it (as the draw adds them), or NaN for `rest`, which takes what is left. */
  readonly upTo: Float64Array;
  /** The duration's sampler, or null for `untilHorizon`. */
  readonly sampler: DurationSampler | null;
}

const compiled = new WeakMap<Waiting, WeakMap<Scenario, CompiledWaiting>>();

/** A waiting state's choices under a scenario: made once per (waiting state, scenario). */
export function compileWaiting(waiting: Waiting, scenario: Scenario): CompiledWaiting {
  let byScenario = compiled.get(waiting);
  if (!byScenario) compiled.set(waiting, (byScenario = new WeakMap()));
  let c = byScenario.get(scenario);
  if (!c) {
    const upTo = new Float64Array(waiting.choices.length);
    let acc = 0;
    waiting.choices.forEach((choice, i) => {
      if (choice.p === 'rest') upTo[i] = Number.NaN;
      else upTo[i] = acc += scenario.probabilities[choice.p];
    });
    c = {
      events: waiting.choices.map((choice) => choice.event),
      upTo,
      sampler: waiting.duration === 'untilHorizon' ? null : durationSampler(scenario.durations[waiting.duration]),
    };
    byScenario.set(scenario, c);
  }
  return c;
}

/**
 * Which choice a uniform picks: each keyed probability in turn (`u` below the running sum), or
 * the first `rest`; -1 when none does (keyed probabilities summing below `u` and no `rest`).
 */
export function choiceIndex(upTo: Float64Array, u: number): number {
  for (let i = 0; i < upTo.length; i++) {
    const bound = upTo[i]!;
    if (bound !== bound || u < bound) return i; // NaN marks `rest`
  }
  return -1;
}

/** The days to the next step of a compiled waiting state: two draws, always; `left` is the time left before the horizon. */
export function nextDays(w: CompiledWaiting, draws: Draws, left: number): number {
  if (w.sampler !== null) return sampleWith(w.sampler, draws);
  const v = draws.uniform();
  draws.uniform();
  return v * left;
}

/**
 * Draws what happens next in a waiting state: one uniform picks the choice (each keyed
 * probability in turn, `rest` takes what is left), two more the days it takes — always three
 * draws, so streams stay aligned across scenarios. `left` is the time left before the horizon
 * (for `untilHorizon`). Both engines draw through `choiceIndex` and `nextDays`.
 */
export function chooseNext(waiting: Waiting, draws: Draws, scenario: Scenario, left: number): { event: string | null; days: number } {
  const w = compileWaiting(waiting, scenario);
  const i = choiceIndex(w.upTo, draws.uniform());
  return { event: i < 0 ? null : w.events[i]!, days: nextDays(w, draws, left) };
}
