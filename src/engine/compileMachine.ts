import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { initialLeaf, machineStructure, transitionsIn, type MachineTransition } from '../structure/machineStructure.js';

type Context = Record<string, unknown>;
type Event = { readonly type: string };
type Step = (context: Context, event: Event) => void;
type Check = (context: Context, event: Event) => boolean;

/** One compiled transition: an optional guard, the target state id, and what runs on the way. */
export interface CompiledTransition {
  /** The guard, if any (the machine's own implementation). */
  readonly guard: Check | undefined;
  /** The target state's id (the source's for a targetless transition). */
  readonly target: number;
  /** Exit actions of the states left (deepest first), the transition's actions, entry actions of the states entered (outermost first) — XState's order. */
  readonly actions: readonly Step[];
  /** The transition as written (owner, event, position among the owner's alternatives, guard name, clauses). */
  readonly source: MachineTransition;
}

/**
 * A machine compiled to integer state and event ids with per-state transition tables, running
 * the machine's own guard and action implementations without XState's per-step machinery.
 */
export interface CompiledMachine {
  /** The machine id. */
  readonly id: string;
  /** Leaf state names by id (a case is only ever in a leaf). */
  readonly stateNames: readonly string[];
  /** State ids by name. */
  readonly stateIds: ReadonlyMap<string, number>;
  /** Event ids by type. */
  readonly eventIds: ReadonlyMap<string, number>;
  /** The initial state's id. */
  readonly initial: number;
  /** 1 for final states. */
  readonly final: Uint8Array;
  /** `table[state][event]`: the candidate transitions in document order, or undefined. */
  readonly table: readonly (readonly (readonly CompiledTransition[] | undefined)[])[];
  /** Builds a case's context from its input (the machine's own context factory) and runs initial entry actions. */
  start(input: unknown): Context;
  /** Takes the first enabled transition for the event; returns the new state id, or -1 if none is enabled. */
  step(context: Context, state: number, event: Event): number;
}

/** An XState feature the compiler does not support, with where it was found. */
export class UnsupportedFeatureError extends Error {
  override readonly name = 'UnsupportedFeatureError';
}

/**
 * Compiles a machine (with its implementations, e.g. after `provide` for a reading) into integer
 * tables over its leaf states. Supported: atomic, compound and (top-level) final states; `on`
 * transitions (guarded or not, on the root, a compound state or a leaf; a leaf's own first, then
 * its ancestors'), targets by name or by `#id`, a compound target entering its initial leaf;
 * `entry`/`exit` of every state exited and entered, in XState's order; `assign` and
 * plain-function actions, named, inline or parameterized guards, a context factory. Anything
 * else — parallel states, nested final states, `after`, `always`, `invoke`, history, wildcard
 * events, guard combinators, built-in actions other than `assign` — throws an
 * UnsupportedFeatureError naming the feature and the state.
 */
export function compileMachine(machine: AnyStateMachine): CompiledMachine {
  const structure = machineStructure(machine);
  const { root } = structure;
  const impl = machine.implementations;
  const where = (node: AnyStateNode) => (node.path.length ? `state "${node.path.join('.')}"` : 'the root');
  const unsupported = (node: AnyStateNode, feature: string): never => {
    throw new UnsupportedFeatureError(`${machine.id}: ${where(node)} uses ${feature}, which the compiled engine does not support (use --engine xstate)`);
  };
  const features = (node: AnyStateNode) => {
    const { after, always, invoke, onDone, history } = node.config;
    return { after, always, invoke, onDone, history };
  };
  for (const [key, value] of Object.entries(features(root))) if (value !== undefined) unsupported(root, `"${key}"`);
  for (const { node } of structure.states) {
    if (node.type !== 'atomic' && node.type !== 'final' && node.type !== 'compound') unsupported(node, `a ${node.type} state (only atomic, compound and final states compile)`);
    // Entering a nested final state raises a done event for its parent, which is not compiled.
    if (node.type === 'final' && node.parent !== root) unsupported(node, 'a final state inside a compound state');
    for (const [key, value] of Object.entries(features(node))) if (key !== 'history' && value !== undefined) unsupported(node, `"${key}"`);
    for (const event of node.transitions.keys()) if (event.includes('*')) unsupported(node, `the wildcard event "${event}"`);
  }
  // A case is only ever in a leaf state: leaves get the integer ids, in document order (for a
  // flat machine, every state, as before).
  const leaves = structure.states.filter((s) => s.leaf);
  const nodes = leaves.map((s) => s.node);
  const stateNames = leaves.map((s) => s.name);
  const stateIds = new Map(stateNames.map((n, i) => [n, i]));
  const idOf = new Map(nodes.map((n, i) => [n, i]));

  // One argument object for every call, refilled each time: implementations read it, never keep it.
  const args: { context: Context; event: Event } = { context: {}, event: { type: '' } };
  const bind = (c: Context, e: Event) => {
    args.context = c;
    args.event = e;
    return args;
  };
  /** An action or guard as written — a name, `{ type, params }`, or inline — to its implementation and params. */
  const lookup = (table: Record<string, unknown>, written: unknown): { ref: unknown; params: unknown } => {
    if (typeof written === 'string') return { ref: table[written], params: undefined };
    if (written && typeof written === 'object' && 'type' in written) {
      return { ref: table[(written as { type: string }).type], params: (written as { params?: unknown }).params };
    }
    return { ref: written, params: undefined };
  };
  const action = (node: AnyStateNode, a: unknown): Step => {
    const { ref, params } = lookup(impl.actions, a);
    if (typeof ref !== 'function') return unsupported(node, `an action ${JSON.stringify(a)} with no implementation`);
    const resolve = typeof params === 'function' ? (c: Context, e: Event) => (params as (x: object) => unknown)(bind(c, e)) : () => params;
    const type = (ref as { type?: string }).type;
    if (type === 'xstate.assign') {
      const assignment = (ref as unknown as { assignment: unknown }).assignment;
      if (typeof assignment === 'function') {
        const fn = assignment as (x: object, p: unknown) => Context;
        return (c, e) => {
          const p = resolve(c, e);
          const update = fn(bind(c, e), p);
          Object.assign(c, update);
        };
      }
      const entries = Object.entries(assignment as Record<string, unknown>);
      return (c, e) => {
        const update: Context = {};
        for (const [k, v] of entries) update[k] = typeof v === 'function' ? v(bind(c, e), resolve(c, e)) : v;
        for (const k in update) c[k] = update[k];
      };
    }
    if (typeof type === 'string' && type.startsWith('xstate.')) return unsupported(node, `the built-in action "${type}"`);
    return (c, e) => void (ref as (x: object, p: unknown) => void)(bind(c, e), resolve(c, e));
  };
  const guard = (node: AnyStateNode, g: unknown): Check | undefined => {
    if (g === undefined) return undefined;
    const { ref, params } = lookup(impl.guards, g);
    if (typeof ref !== 'function') return unsupported(node, `a guard ${JSON.stringify(g)} with no implementation`);
    if ('check' in ref) return unsupported(node, 'a guard combinator (and/or/not/stateIn)');
    const fn = ref as (x: object, p: unknown) => boolean;
    return typeof params === 'function' ? (c, e) => fn(bind(c, e), (params as (x: object) => unknown)(bind(c, e))) : (c, e) => fn(bind(c, e), params);
  };

  const entryOf = new Map<AnyStateNode, Step[]>();
  const exitOf = new Map<AnyStateNode, Step[]>();
  const entering = (n: AnyStateNode, byDefault: boolean): Step[] => {
    let steps = entryOf.get(n);
    if (!steps) entryOf.set(n, (steps = n.entry.map((a) => action(n, a))));
    // A state entered by default (as a target, or as an initial child) also runs its initial transition's actions.
    return byDefault && n.type === 'compound' ? [...steps, ...n.initial.actions.map((a) => action(n, a))] : steps;
  };
  const exiting = (n: AnyStateNode): Step[] => {
    let steps = exitOf.get(n);
    if (!steps) exitOf.set(n, (steps = n.exit.map((a) => action(n, a))));
    return steps;
  };
  const eventIds = new Map<string, number>();
  const table: (CompiledTransition[] | undefined)[][] = nodes.map(() => []);
  const add = (from: number, t: MachineTransition) => {
    const owner = t.owner;
    if (t.targets.length > 1) unsupported(owner, 'a transition with several targets');
    const written = t.targets[0];
    const leaf = written ? initialLeaf(written) : nodes[from]!;
    const target = idOf.get(leaf);
    if (target === undefined) return unsupported(owner, `a transition on "${t.event}" into a state that is not compiled`);
    const { exited, entered } = written ? microstepSets(nodes[from]!, owner, written, t.definition.reenter === true) : { exited: [], entered: [] };
    const actions = [
      ...exited.flatMap(exiting),
      ...t.definition.actions.map((a) => action(owner, a)),
      ...entered.flatMap(({ node, byDefault }) => entering(node, byDefault)),
      // A machine that reaches a final state stops, and XState runs the exit actions of every active state, deepest first.
      ...(leaf.type === 'final' ? [leaf, ...ancestorsOf(leaf)].flatMap(exiting) : []),
    ];
    let id = eventIds.get(t.event);
    if (id === undefined) eventIds.set(t.event, (id = eventIds.size));
    (table[from]![id] ??= []).push({ guard: guard(owner, t.definition.guard), target, actions, source: t });
  };
  nodes.forEach((node, i) => {
    if (node.type === 'final') return; // final states take no events
    // The leaf's own transitions first, then its parent's, up to the root's (child before parent,
    // XState's selection order): clause 3 on `open` applies in every leaf inside it.
    for (const t of transitionsIn(structure, leaves[i]!.name)) add(i, t);
  });
  const final = Uint8Array.from(nodes, (n) => (n.type === 'final' ? 1 : 0));
  if (!structure.initial) return unsupported(root, 'no initial state');
  const initialNode = initialLeaf(structure.initial);
  const initial = idOf.get(initialNode)!;
  const contextConfig = machine.config.context;
  // Starting enters the root and every state down to the initial leaf, each by default.
  const startSteps = [...ancestorsOf(initialNode).reverse(), initialNode].flatMap((n) => entering(n, true));
  const initEvent: Event = { type: 'xstate.init' };

  return {
    id: machine.id,
    stateNames,
    stateIds,
    eventIds,
    initial,
    final,
    table,
    start(input) {
      // A private copy that the compiled actions update in place (XState copies the context on
      // every assign; nothing here keeps old versions). Object.assign, not spread: V8 makes
      // spread copies slow to grow, and actions add keys.
      const made = typeof contextConfig === 'function' ? (contextConfig as (x: object) => Context)({ input, self: undefined, spawn: undefined }) : contextConfig;
      const context: Context = Object.assign({}, made as Context | undefined);
      for (const a of startSteps) a(context, initEvent);
      return context;
    },
    step(context, state, event) {
      const id = eventIds.get(event.type);
      const candidates = id === undefined ? undefined : table[state]![id];
      if (!candidates) return -1;
      for (const t of candidates) {
        if (t.guard && !t.guard(context, event)) continue;
        for (const a of t.actions) a(context, event);
        return t.target;
      }
      return -1;
    },
  };
}

/** A node's proper ancestors, the parent first, the root last. */
function ancestorsOf(node: AnyStateNode): AnyStateNode[] {
  const out: AnyStateNode[] = [];
  for (let n = node.parent; n; n = n.parent) out.push(n);
  return out;
}

/** Whether `node` lies strictly inside `ancestor` (any node lies inside `undefined`, above the root). */
const isInside = (node: AnyStateNode, ancestor: AnyStateNode | undefined): boolean => ancestor === undefined || ancestorsOf(node).includes(ancestor);

/**
 * The states one transition exits (deepest first) and enters (outermost first, each marked when
 * entered by default), for a case in `leaf` taking a transition written on `owner` to `target`:
 * SCXML's microstep as XState v5 computes it for compound states (transition domain, exit set,
 * entry set with the target's initial descendants). A targeted, non-reentering transition to
 * the owner itself or inside it keeps the owner; otherwise the least common ancestor is kept.
 */
function microstepSets(leaf: AnyStateNode, owner: AnyStateNode, target: AnyStateNode, reenter: boolean) {
  const active = [leaf, ...ancestorsOf(leaf)];
  const domain =
    !reenter && (target === owner || isInside(target, owner))
      ? owner
      : (ancestorsOf(target).find((a) => isInside(owner, a)) ?? (reenter ? undefined : owner.machine.root));
  const exited = active.filter((n) => isInside(n, domain) || (reenter && n === owner && owner === domain));
  const entered: { node: AnyStateNode; byDefault: boolean }[] = [];
  const ancestors = ancestorsOf(target).filter((a) => isInside(a, domain)).reverse();
  for (const node of ancestors) entered.push({ node, byDefault: false });
  if (target !== owner || owner !== domain || reenter) entered.push({ node: target, byDefault: true });
  for (let n = target; n.type === 'compound'; ) {
    n = n.initial.target[0]!;
    entered.push({ node: n, byDefault: true });
  }
  return { exited, entered };
}
