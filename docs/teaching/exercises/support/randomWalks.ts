import { createActor, type AnyStateMachine } from 'xstate';
import { describeMachine } from '../../../../src/index.js';

/** A generated case: facts and a sequence of events (valid, out of order and repeated ones mixed). */
export interface Walk {
  /** The facts of the case (those of every case kind: a machine reads its own). */
  readonly input: Record<string, unknown>;
  /** The events sent, in order. */
  readonly events: readonly string[];
}

/** A small seeded generator (mulberry32): a check gives the same verdict every time. */
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

const days = ['1956-03-01', '1957-06-10', '1957-12-16', '1957-12-17', '1957-12-20', '1958-01-03', '1961-05-12'];

/**
 * `count` seeded walks: random facts (dates around the cable's, a crime or not, `extra` facts
 * drawn from their lists) and up to 12 events. Each walk is driven by one of `reference` and
 * `machines` in turn: three events in four are among those its driver accepts at that moment, so
 * walks go deep, also along a copy's new transitions; the rest are any event of any of them (out
 * of order, repeated, or one only another machine accepts).
 */
export function randomWalks(
  reference: AnyStateMachine,
  machines: readonly AnyStateMachine[],
  count: number,
  seed: number,
  extra: Readonly<Record<string, readonly unknown[]>> = {},
): Walk[] {
  const next = generator(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const all = [reference, ...machines];
  const alphabet = [...new Set(all.flatMap((m) => describeMachine(m).transitions.map((t) => t.event)))];
  const walks: Walk[] = [];
  for (let i = 0; i < count; i++) {
    const input: Record<string, unknown> = {
      caseId: `walk-${i}`,
      crossedOn: pick(days),
      hasCrimeOrPendingCase: next() < 0.15,
      crimeWhere: pick(['home', 'host']),
      submittedOn: pick(days),
      hasPoliticalIssues: next() < 0.2,
      hasPendingCase: next() < 0.2,
      isJustified: next() < 0.8,
    };
    for (const [key, values] of Object.entries(extra)) input[key] = pick(values);
    const actor = createActor(all[i % all.length]!, { input }).start();
    const events: string[] = [];
    const length = Math.floor(next() * 13);
    for (let k = 0; k < length; k++) {
      const snapshot = actor.getSnapshot();
      const accepted = snapshot.status === 'active' ? alphabet.filter((type) => snapshot.can({ type })) : [];
      const type = accepted.length > 0 && next() < 0.75 ? pick(accepted) : pick(alphabet);
      events.push(type);
      actor.send({ type });
    }
    actor.stop();
    walks.push({ input, events });
  }
  return walks;
}
