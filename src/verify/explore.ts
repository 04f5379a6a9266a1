import type { AnyStateMachine } from 'xstate';
import { applyReadings, readings, type FactSpec } from '../../machines/index.js';
import { compileMachine } from '../engine/compileMachine.js';
import { describeMachine, type MachineDescription } from '../structure/describeMachine.js';
import { factCombinations, optionCombinations } from './factCombinations.js';

/** One situation explored: a combination of facts and readings. */
export interface Situation {
  /** The facts (machine input). */
  readonly facts: Readonly<Record<string, string | boolean>>;
  /** The readings in force. */
  readonly readings: Readonly<Record<string, string>>;
}

/** What a state and event decide in one situation: which alternatives are enabled. */
export interface Decision {
  /** The leaf state. */
  readonly state: string;
  /** The event. */
  readonly event: string;
  /** The situation. */
  readonly situation: Situation;
  /** The alternatives in XState's order (the leaf's own, then its ancestors'), with their guard and whether it holds. */
  readonly alternatives: readonly { readonly index: number; readonly guard?: string; readonly enabled: boolean; readonly clauses: readonly string[] }[];
}

/** A simple path from the initial state to an outcome, with its clause basis. */
export interface SimplePath {
  /** The leaf states, `>`-joined. */
  readonly path: string;
  /** The events taken, in order. */
  readonly events: readonly string[];
  /** The clauses of its transitions, first citation first, without repeats. */
  readonly basis: readonly string[];
  /** In how many of the explored situations it can happen. */
  readonly situations: number;
}

/** The result of exploring one machine exhaustively. */
export interface Exploration {
  /** The machine's structure. */
  readonly description: MachineDescription;
  /** How many situations (facts × readings) were explored. */
  readonly situations: number;
  /** Leaf states reached in some situation (a case is only ever in a leaf). */
  readonly reachedStates: ReadonlySet<string>;
  /** Transitions taken, as keys `from|event|index`: from = the state (or compound state) it is written on, "*" for the root. */
  readonly takenTransitions: ReadonlySet<string>;
  /** Guard outcomes seen, as keys `from|event|index` → the outcomes (true/false). */
  readonly guardOutcomes: ReadonlyMap<string, ReadonlySet<boolean>>;
  /** Every decision with guarded alternatives, in every situation. */
  readonly decisions: readonly Decision[];
  /** Every simple path to an outcome that some situation allows. */
  readonly paths: readonly SimplePath[];
}

/** The key of a transition as written: its owner (or "*"), event and index among the owner's alternatives. */
export const transitionKey = (from: string | null, event: string, index: number) => `${from ?? '*'}|${event}|${index}`;

/**
 * Explores a machine exhaustively over the finite space of its facts (booleans both ways, dates
 * by their samples) × every reading × its event alphabet, breadth-first from the initial state
 * of each situation, using the machine's own guards and actions (compiled). Guards are taken to
 * read the facts, not the record the actions keep, so a state is identified by its name within
 * a situation. States are leaves: a transition written on a compound state (clause 3 on `open`)
 * is tried in every leaf inside it after the leaf's own. Pure apart from running the machine's
 * implementations.
 */
export function explore(machine: AnyStateMachine, facts: Readonly<Record<string, FactSpec>>): Exploration {
  const description = describeMachine(machine);
  const events = [...new Set(description.transitions.map((t) => t.event))];
  const reachedStates = new Set<string>();
  const takenTransitions = new Set<string>();
  const guardOutcomes = new Map<string, Set<boolean>>();
  const decisions: Decision[] = [];
  const pathCounts = new Map<string, { events: string[]; basis: string[]; count: number }>();
  const situations = optionCombinations(Object.fromEntries(Object.entries(readings).map(([id, r]) => [id, Object.keys(r.options)]))).flatMap((rs) =>
    factCombinations(facts).map((f) => ({ facts: f, readings: rs })),
  );
  const compiledBy = new Map<string, ReturnType<typeof compileMachine>>();
  for (const situation of situations) {
    const key = JSON.stringify(situation.readings);
    let m = compiledBy.get(key);
    if (!m) compiledBy.set(key, (m = compileMachine(applyReadings(machine, situation.readings))));
    // Breadth-first over states; each edge is the first enabled alternative, as XState takes it.
    const edges = new Map<number, { event: string; to: number; clauses: readonly string[] }[]>();
    const seen = new Set<number>([m.initial]);
    let frontier: { state: number; context: Record<string, unknown> }[] = [{ state: m.initial, context: m.start(situation.facts) }];
    while (frontier.length > 0) {
      const next: typeof frontier = [];
      for (const { state, context } of frontier) {
        reachedStates.add(m.stateNames[state]!);
        const out: { event: string; to: number; clauses: readonly string[] }[] = [];
        for (const event of events) {
          const candidates = m.table[state]?.[m.eventIds.get(event) ?? -1];
          if (!candidates) continue;
          const probe = Object.assign({}, context);
          const enabled = candidates.map((t) => !t.guard || t.guard(probe, { type: event }));
          candidates.forEach((t, i) => {
            if (!t.guard) return;
            const k = transitionKey(t.source.from, event, t.source.index);
            if (!guardOutcomes.has(k)) guardOutcomes.set(k, new Set());
            guardOutcomes.get(k)!.add(enabled[i]!);
          });
          if (candidates.some((t) => t.guard)) {
            decisions.push({
              state: m.stateNames[state]!,
              event,
              situation,
              alternatives: candidates.map((t, i) => ({ index: i, ...(t.source.guard ? { guard: t.source.guard } : {}), enabled: enabled[i]!, clauses: t.source.clauses })),
            });
          }
          const first = enabled.indexOf(true);
          if (first < 0) continue;
          const t = candidates[first]!;
          takenTransitions.add(transitionKey(t.source.from, event, t.source.index));
          const after = Object.assign({}, context);
          const to = m.step(after, state, { type: event });
          out.push({ event, to, clauses: t.source.clauses });
          if (!seen.has(to)) {
            seen.add(to);
            next.push({ state: to, context: after });
          }
        }
        edges.set(state, out);
      }
      frontier = next;
    }
    // Simple paths over this situation's edges, to every final or settled state.
    const outcomes = new Set(description.states.filter((s) => s.final || s.settled).map((s) => s.name));
    const walk = (state: number, visited: number[], evs: string[], basis: string[]) => {
      const name = m!.stateNames[state]!;
      if (outcomes.has(name)) {
        // The same states can be passed under different events or clauses: those are different paths.
        const key = `${visited.map((v) => m!.stateNames[v]).join('>')}|${evs.join(',')}|${basis.join(' ')}`;
        const entry = pathCounts.get(key) ?? { events: evs, basis, count: 0 };
        entry.count++;
        pathCounts.set(key, entry);
      }
      for (const e of edges.get(state) ?? []) {
        if (visited.includes(e.to)) continue;
        walk(e.to, [...visited, e.to], [...evs, e.event], [...basis, ...e.clauses.filter((c) => !basis.includes(c))]);
      }
    };
    walk(m.initial, [m.initial], [], []);
  }
  const paths = [...pathCounts.entries()]
    .map(([key, p]) => ({ path: key.split('|')[0]!, events: p.events, basis: p.basis, situations: p.count }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.basis.join() < b.basis.join() ? -1 : 1));
  return { description, situations: situations.length, reachedStates, takenTransitions, guardOutcomes, decisions, paths };
}
