import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate';

/** The guard of a transition as XState keeps it: a name, `{ type, params }`, or a function. */
export type WrittenGuard = NonNullable<AnyTransitionDefinition['guard']>;

/** One state node below the root, with the names the rest of the library speaks of. */
export interface MachineState {
  /** XState's own node. */
  readonly node: AnyStateNode;
  /**
   * The state's name: its key (`mobilized`, also when nested in `open`). Names are unique within
   * a machine (checked), so traces, paths, logs and diagrams speak of leaf states by name alone.
   */
  readonly name: string;
  /** The state's path below the root, dot-joined (`mobilized`, or `open.mobilized` when nested). */
  readonly path: string;
  /** The parent's name, or `null` when the parent is the root. */
  readonly parent: string | null;
  /** Whether it has no child states: the states a case is ever *in*. */
  readonly leaf: boolean;
}

/** One transition as written on its owner node, with its clauses and guard name. */
export interface MachineTransition {
  /** The node it is written on (the root for a root-level transition). */
  readonly owner: AnyStateNode;
  /** The owner's name, or `null` for the root. */
  readonly from: string | null;
  /** The event type. */
  readonly event: string;
  /** Its position among the owner's alternatives for this event, in document order. */
  readonly index: number;
  /** The guard's name (see {@link guardName}); absent when unguarded. */
  readonly guard?: string;
  /** The target nodes; empty for a targetless transition. */
  readonly targets: readonly AnyStateNode[];
  /** The transition's one-sentence description. */
  readonly description: string;
  /** The clauses cited in the transition's `meta.clauses`. */
  readonly clauses: readonly string[];
  /** XState's own definition (guard, actions, reenter), for those who run it. */
  readonly definition: AnyTransitionDefinition;
}

/** A machine's state tree, flattened in document order, and every transition written on it. */
export interface MachineStructure {
  /** XState's root node. */
  readonly root: AnyStateNode;
  /** Every node below the root, depth first, parents before children. */
  readonly states: readonly MachineState[];
  /** Every transition: the root's first, then each node's in the order of `states`. */
  readonly transitions: readonly MachineTransition[];
  /** The root's initial child, if it has one. */
  readonly initial: AnyStateNode | undefined;
}

/** A node's name: its key, unique within a machine (see {@link machineStructure}); the root's is `''`. */
export const stateName = (node: AnyStateNode): string => node.path.at(-1) ?? '';

/** The clauses in a node's or transition's `meta.clauses` (none if absent). */
const clausesIn = (meta: unknown): readonly string[] => (meta as { clauses?: readonly string[] } | undefined)?.clauses ?? [];

/**
 * A guard's name, the same everywhere (diagrams, decisions, the compiler): a named guard's name,
 * a parameterized guard's `type`, `(inline guard)` for a function written in place.
 */
export function guardName(guard: WrittenGuard | undefined): string | undefined {
  if (guard === undefined) return undefined;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && typeof guard.type === 'string') return guard.type;
  return '(inline guard)';
}

/**
 * Reads a machine's state tree and transitions through XState's own `StateNode` and
 * `TransitionDefinition`: the one place the library reads machine structure, so the describer,
 * the compiler and the explorer agree on names, guards and positions. Pure: reads the machine
 * object only.
 */
export function machineStructure(machine: AnyStateMachine): MachineStructure {
  const root = machine.root;
  const paths = new Map<string, string>();
  const states: MachineState[] = [];
  const transitions: MachineTransition[] = [];
  const read = (owner: AnyStateNode, isRoot: boolean): void => {
    for (const [event, list] of owner.transitions) {
      list.forEach((definition, index) => {
        const guard = guardName(definition.guard);
        transitions.push({
          owner,
          from: isRoot ? null : stateName(owner),
          event,
          index,
          ...(guard === undefined ? {} : { guard }),
          targets: definition.target ?? [],
          description: definition.description ?? '',
          clauses: clausesIn(definition.meta),
          definition,
        });
      });
    }
  };
  const visit = (node: AnyStateNode): void => {
    for (const child of Object.values(node.states) as AnyStateNode[]) {
      const name = stateName(child);
      const path = child.path.join('.');
      const other = paths.get(name);
      // A leaf's name alone must say which state a case is in: traces and paths carry no more.
      if (other !== undefined) throw new Error(`${machine.id}: two states are named "${name}" (${other} and ${path}); state names must be unique within a machine`);
      paths.set(name, path);
      states.push({ node: child, name, path, parent: node === root ? null : stateName(node), leaf: Object.keys(child.states).length === 0 });
      read(child, false);
      visit(child);
    }
  };
  read(root, true);
  visit(root);
  return { root, states, transitions, initial: root.initial?.target[0] };
}

/** The clauses in a state node's `meta.clauses` (none if absent). */
export const stateClauses = (node: AnyStateNode): readonly string[] => clausesIn(node.meta);

/**
 * The leaf state a node stands for when entered: the node itself if it has no children, else
 * its initial child's leaf, and so on down (XState enters a compound state at its initial leaf).
 */
export function initialLeaf(node: AnyStateNode): AnyStateNode {
  let leaf = node;
  while (leaf.type === 'compound') leaf = leaf.initial.target[0]!;
  return leaf;
}

/**
 * The leaf name of a snapshot value: `'mobilized'` stays `'mobilized'`, `{ open: 'mobilized' }`
 * becomes `'mobilized'`. Pure. Throws for a parallel value (several regions have no one leaf).
 */
export function leafName(value: unknown): string {
  let v = value;
  while (typeof v === 'object' && v !== null) {
    const keys = Object.keys(v);
    if (keys.length !== 1) throw new Error(`a state value with ${keys.length} regions has no single leaf: ${JSON.stringify(value)}`);
    v = (v as Record<string, unknown>)[keys[0]!];
  }
  return String(v);
}

/** What {@link transitionsIn} needs: states with their parents, transitions with their owners. */
interface StatesAndTransitions<T> {
  readonly states: readonly { readonly name: string; readonly parent: string | null }[];
  readonly transitions: readonly T[];
}

/**
 * The transitions a case in state `state` can take: the state's own, then its parent's, and so
 * on up to the root's (`from: null`), each owner's in document order — XState's selection order
 * (the first enabled one wins, a child's before its ancestors'). Works on a {@link MachineStructure}
 * or on a machine description alike. Pure.
 */
export function transitionsIn<T extends { readonly from: string | null }>(machine: StatesAndTransitions<T>, state: string): T[] {
  const owners: (string | null)[] = [];
  for (let s: string | null = state; s !== null; s = machine.states.find((x) => x.name === s)?.parent ?? null) owners.push(s);
  owners.push(null);
  return owners.flatMap((owner) => machine.transitions.filter((t) => t.from === owner));
}
