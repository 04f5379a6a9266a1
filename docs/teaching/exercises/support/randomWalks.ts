import type { AnyStateMachine } from 'xstate';
import { describeMachine } from '../../../../src/index.js';

/** A generated case: facts and a sequence of events (valid, out of order and repeated ones mixed). */
export interface Walk {
  /** The facts of the case. */
  readonly input: Record<string, unknown>;
  /** The events sent, in order. */
  readonly events: readonly string[];
}

/** A small seeded generator (mulberry32): the checks give the same verdict every time. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const crossingDays = ['1956-03-01', '1957-06-10', '1957-12-16', '1957-12-17', '1957-12-20', '1958-01-03', '1961-05-12'];

/**
 * `count` seeded walks over a crosser machine's events: random facts (crossing dates around the
 * cable's, a crime or not, `extra` facts drawn too) and up to 12 events from the machine's alphabet.
 */
export function randomWalks(machine: AnyStateMachine, count: number, seed: number, extra: Readonly<Record<string, readonly unknown[]>> = {}): Walk[] {
  const next = generator(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const alphabet = [...new Set(describeMachine(machine).transitions.map((t) => t.event))];
  const walks: Walk[] = [];
  for (let i = 0; i < count; i++) {
    const input: Record<string, unknown> = {
      caseId: `walk-${i}`,
      crossedOn: pick(crossingDays),
      hasCrimeOrPendingCase: next() < 0.2,
      crimeWhere: pick(['home', 'host']),
    };
    for (const [key, values] of Object.entries(extra)) input[key] = pick(values);
    const length = Math.floor(next() * 13);
    const events = Array.from({ length }, () => pick(alphabet));
    walks.push({ input, events });
  }
  return walks;
}
