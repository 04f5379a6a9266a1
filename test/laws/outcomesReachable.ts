import fc from 'fast-check';
import { createActor, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { moves } from './arbitraries.js';
import { leafOf } from './machineShape.js';
import { outcomeStates } from './outcomeStates.js';
import { runMoves } from './runMoves.js';

/** Options for the liveness and absorption laws. */
export interface ReachabilityLawOptions<I> {
  /** The machine under test (the real one, or a broken variant in a meta-test). */
  readonly machine: AnyStateMachine;
  /** The case facts. */
  readonly input: fc.Arbitrary<I>;
  /** Events for noise moves and for the search. */
  readonly alphabet: readonly string[];
}

function snapshotAfter(machine: AnyStateMachine, input: unknown, events: readonly string[]): AnyMachineSnapshot {
  const actor = createActor(machine, { input }).start();
  for (const type of events) actor.send({ type });
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

/**
 * From every reachable state an outcome (final or settled) is reachable: a breadth-first search
 * with XState's pure `transition()` over the event alphabet, from wherever random events left
 * the case.
 */
export function outcomesReachable<I>(o: ReachabilityLawOptions<I>) {
  const outcomes = new Set(outcomeStates(o.machine));
  return fc.property(o.input, moves(o.alphabet), (input, ms) => {
    const run = runMoves(o.machine, input, ms);
    let frontier = [snapshotAfter(o.machine, input, run.sent)];
    const seen = new Set<string>();
    while (frontier.length > 0) {
      const next: AnyMachineSnapshot[] = [];
      for (const s of frontier) {
        const value = leafOf(s.value);
        if (outcomes.has(value)) return;
        if (seen.has(value)) continue;
        seen.add(value);
        for (const type of o.alphabet) {
          const [after] = transition(o.machine, s, { type });
          if (after !== s) next.push(after);
        }
      }
      frontier = next;
    }
    throw new Error(`no outcome is reachable from ${run.state} (explored ${[...seen].join(', ')})`);
  });
}

/**
 * Final states are absorbing: once a case enters one of `finals` (the states the contract
 * declares final), the actor is done and no later event changes its state or output.
 */
export function finalStatesAbsorbing<I>(o: ReachabilityLawOptions<I> & { readonly finals: readonly string[] }) {
  return fc.property(o.input, moves(o.alphabet, 30), (input, ms) => {
    const run = runMoves(o.machine, input, ms);
    const first = run.visited.findIndex((s) => o.finals.includes(s));
    fc.pre(first >= 0);
    const final = run.visited[first]!;
    const later = run.visited.slice(first + 1);
    if (later.length > 0) throw new Error(`final state ${final} was left for ${later.join(', ')}`);
    if (run.status !== 'done') throw new Error(`in final state ${final} the case is still ${run.status}`);
    const snapshot = snapshotAfter(o.machine, input, run.sent);
    for (const type of o.alphabet) {
      const [next] = transition(o.machine, snapshot, { type });
      if (leafOf(next.value) !== final) throw new Error(`${type} moved final state ${final} to ${leafOf(next.value)}`);
    }
  });
}
