import type { AnyStateMachine } from 'xstate';

/** One state node of a machine, as read from its config and `meta`. */
export interface StateInfo {
  /** The state's path below the root, dot-joined (`mobilized`, or `a.b` when nested). */
  readonly name: string;
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
  /** The source state's name, or `null` for a root-level transition that every open state takes. */
  readonly from: string | null;
  /** The event type. */
  readonly event: string;
  /** The guard's name, if the transition is guarded. */
  readonly guard?: string;
  /** The target state's name. */
  readonly to: string;
  /** The transition's one-sentence description. */
  readonly description: string;
  /** The clauses cited in the transition's `meta.clauses`. */
  readonly clauses: readonly string[];
}

/** A machine's states and transitions, flattened, in document order. */
export interface MachineDescription {
  /** The machine id. */
  readonly id: string;
  /** The initial state's name. */
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

interface NodeLike {
  readonly path: readonly string[];
  readonly type: string;
  readonly description?: string;
  readonly meta?: { readonly clauses?: readonly string[]; readonly settled?: boolean };
  readonly states: Readonly<Record<string, NodeLike>>;
  readonly transitions: ReadonlyMap<string, readonly TransitionLike[]>;
  readonly initial?: { readonly target: readonly NodeLike[] };
}

interface TransitionLike {
  readonly guard?: string | { readonly type?: string };
  readonly target?: readonly NodeLike[];
  readonly description?: string;
  readonly meta?: { readonly clauses?: readonly string[] };
}

const nameOf = (node: NodeLike): string => node.path.join('.');

function guardName(guard: TransitionLike['guard']): string | undefined {
  if (guard === undefined) return undefined;
  if (typeof guard === 'string') return guard;
  return guard.type ?? '(inline guard)';
}

/**
 * Reads a machine's states and transitions with their descriptions and clause citations.
 * Pure: reads the machine object only. Throws when a transition has no target, which none of
 * the cable's transitions lacks and the statistics rely on.
 */
export function describeMachine(machine: AnyStateMachine): MachineDescription {
  const root = machine.root as unknown as NodeLike;
  const states: StateInfo[] = [];
  const transitions: TransitionInfo[] = [];
  const visit = (node: NodeLike, isRoot: boolean): void => {
    if (!isRoot) {
      states.push({
        name: nameOf(node),
        description: node.description ?? '',
        clauses: node.meta?.clauses ?? [],
        final: node.type === 'final',
        settled: node.meta?.settled === true,
      });
    }
    for (const [event, list] of node.transitions) {
      for (const t of list) {
        const target = t.target?.[0];
        if (!target) throw new Error(`${machine.id}: transition on "${event}" from "${nameOf(node) || '(root)'}" has no target`);
        const guard = guardName(t.guard);
        transitions.push({
          from: isRoot ? null : nameOf(node),
          event,
          ...(guard === undefined ? {} : { guard }),
          to: nameOf(target),
          description: t.description ?? '',
          clauses: t.meta?.clauses ?? [],
        });
      }
    }
    for (const child of Object.values(node.states)) visit(child, false);
  };
  visit(root, true);
  const initial = root.initial?.target[0];
  return {
    id: machine.id,
    initial: initial ? nameOf(initial) : '',
    description: root.description ?? '',
    clauses: root.meta?.clauses ?? [],
    states,
    transitions,
  };
}
