import type { AnyStateMachine } from 'xstate';
import { initialLeaf, machineStructure, stateClauses, stateName } from './machineStructure.js';

/** One state node of a machine, as read from its config and `meta`. */
export interface StateInfo {
  /** The state's name, its key: unique within a machine, also when nested (`mobilized` inside `open`). */
  readonly name: string;
  /** The name of the compound state it sits in, or `null` at the top level. */
  readonly parent: string | null;
  /** Whether it has no child states: the states a case is ever *in*, and traces, paths and outcomes name. */
  readonly leaf: boolean;
  /** A compound state's initial child (absent for a leaf). */
  readonly initial?: string;
  /** The state's one-sentence description. */
  readonly description: string;
  /** The clauses cited in the state's `meta.clauses`. */
  readonly clauses: readonly string[];
  /** Whether the state is final. */
  readonly final: boolean;
  /** Whether a run that ends in this non-final state counts it as the outcome (`meta.settled`). */
  readonly settled: boolean;
}

/** One transition of a machine, as read from its config and `meta`. */
export interface TransitionInfo {
  /**
   * The name of the state it is written on — for a compound state (`open`), every leaf inside
   * takes it unless the leaf's own transition for the event does — or `null` for a root-level one.
   */
  readonly from: string | null;
  /** The event type. */
  readonly event: string;
  /** The guard's name, if the transition is guarded. */
  readonly guard?: string;
  /**
   * The target state's name, as written (may be a compound state); `null` for a targetless
   * transition, which runs its actions (e.g. records its clauses) and leaves the case in the
   * leaf it is in — a self-loop on every leaf below `from`.
   */
  readonly to: string | null;
  /** The leaf a case enters by it: `to` itself, or a compound target's initial leaf; `null` when targetless (the case stays in its leaf). */
  readonly toLeaf: string | null;
  /** The transition's one-sentence description. */
  readonly description: string;
  /** The clauses cited in the transition's `meta.clauses`. */
  readonly clauses: readonly string[];
}

/** A machine's states and transitions, flattened, in document order. */
export interface MachineDescription {
  /** The machine id. */
  readonly id: string;
  /** The initial leaf state's name (a compound initial state's initial leaf). */
  readonly initial: string;
  /** The machine's own description. */
  readonly description: string;
  /** The clauses the machine as a whole implements (the root's `meta.clauses`). */
  readonly clauses: readonly string[];
  /** Every state node below the root. */
  readonly states: readonly StateInfo[];
  /** Every transition, root-level ones first. */
  readonly transitions: readonly TransitionInfo[];
}

/**
 * Reads a machine's states and transitions with their descriptions and clause citations.
 * Pure: reads the machine object only. A targetless transition is described with `to` and
 * `toLeaf` null. Throws for a transition with several targets (parallel regions; none here).
 */
export function describeMachine(machine: AnyStateMachine): MachineDescription {
  const structure = machineStructure(machine);
  const states: StateInfo[] = structure.states.map(({ node, name, parent, leaf }) => ({
    name,
    parent,
    leaf,
    ...(leaf ? {} : { initial: stateName(node.initial.target[0]!) }),
    description: node.description ?? '',
    clauses: stateClauses(node),
    final: node.type === 'final',
    settled: (node.meta as { settled?: boolean } | undefined)?.settled === true,
  }));
  const transitions: TransitionInfo[] = structure.transitions.map((t) => {
    if (t.targets.length > 1) throw new Error(`${machine.id}: transition on "${t.event}" from "${t.from ?? '(root)'}" has ${t.targets.length} targets; only one or none is described`);
    const target = t.targets[0];
    return {
      from: t.from,
      event: t.event,
      ...(t.guard === undefined ? {} : { guard: t.guard }),
      to: target ? stateName(target) : null,
      toLeaf: target ? stateName(initialLeaf(target)) : null,
      description: t.description,
      clauses: t.clauses,
    };
  });
  return {
    id: machine.id,
    initial: structure.initial ? stateName(initialLeaf(structure.initial)) : '',
    description: structure.root.description ?? '',
    clauses: stateClauses(structure.root),
    states,
    transitions,
  };
}
