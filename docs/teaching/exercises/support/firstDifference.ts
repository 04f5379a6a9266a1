import type { AnyStateMachine } from 'xstate';
import { outcomeOf, type RunEnd } from './outcomeOf.js';
import type { Walk } from './randomWalks.js';

/** A walk on which two machines end differently, with both ends. */
export interface Difference {
  /** The walk. */
  readonly walk: Walk;
  /** Where the first machine ended. */
  readonly a: RunEnd;
  /** Where the second ended. */
  readonly b: RunEnd;
}

const same = (x: RunEnd, y: RunEnd) =>
  x.state === y.state && x.path.join() === y.path.join() && x.basis.join() === y.basis.join() && x.punishment === y.punishment;

/**
 * A walk on which `a` and `b` end in another state, path, basis or punishment, cut to its shortest
 * prefix that still shows it (a student replays it by hand); null if the machines agree on every
 * walk. Paths and bases only grow, so a walk whose prefix differs differs at its end: only those
 * are cut.
 */
export function firstDifference(a: AnyStateMachine, b: AnyStateMachine, walks: readonly Walk[]): Difference | null {
  let best: Difference | null = null;
  const differ = (walk: Walk): Difference | null => {
    const x = outcomeOf(a, walk.input, walk.events);
    const y = outcomeOf(b, walk.input, walk.events);
    return same(x, y) ? null : { walk, a: x, b: y };
  };
  for (const walk of walks) {
    if (best !== null && walk.events.length >= best.walk.events.length) continue;
    if (!differ(walk)) continue;
    for (let k = 0; k <= walk.events.length; k++) {
      const d = differ({ input: walk.input, events: walk.events.slice(0, k) });
      if (d) {
        if (best === null || k < best.walk.events.length) best = d;
        break;
      }
    }
  }
  return best;
}

/** A difference as one line a student can replay: facts, events, and the two ends. */
export function describeDifference(d: Difference, names: readonly [string, string]): string {
  const facts = Object.entries(d.walk.input)
    .filter(([k]) => ['crossedOn', 'hasCrimeOrPendingCase', 'crimeWhere', 'forcedByDisaster'].includes(k))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',');
  const end = (r: RunEnd) => `${r.state} (basis ${r.basis.join(', ') || 'none'}${r.punishment ? `; punishment ${r.punishment}` : ''})`;
  return `facts ${facts}, events ${d.walk.events.join(', ') || '(none)'}: ${names[0]} ends in ${end(d.a)}, ${names[1]} in ${end(d.b)}`;
}
