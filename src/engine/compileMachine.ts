import type { AnyStateMachine } from 'xstate';

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
  /** Exit actions of the source, the transition's actions, entry actions of the target — XState's order. */
  readonly actions: readonly Step[];
  /** Where it is written: its owner state (null for the root), event and position among the owner's alternatives. */
  readonly source: { readonly from: string | null; readonly event: string; readonly index: number; readonly guard?: string };
}

/**
 * A machine compiled to integer state and event ids with per-state transition tables, running
 * the machine's own guard and action implementations without XState's per-step machinery.
 */
export interface CompiledMachine {
  /** The machine id. */
  readonly id: string;
  /** State names by id. */
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

interface NodeLike {
  readonly key: string;
  readonly type: string;
  readonly path: readonly string[];
  readonly config: Record<string, unknown>;
  readonly states: Readonly<Record<string, NodeLike>>;
  readonly transitions: ReadonlyMap<string, readonly TransitionLike[]>;
  readonly entry: readonly unknown[];
  readonly exit: readonly unknown[];
  readonly initial?: { readonly target: readonly NodeLike[] };
}
interface TransitionLike {
  readonly guard?: unknown;
  readonly target?: readonly NodeLike[];
  readonly actions: readonly unknown[];
  readonly reenter?: boolean;
}

/**
 * Compiles a machine (with its implementations, e.g. after `provide` for a reading) into integer
 * tables. Supported: one level of atomic and final states, `on` transitions (guarded or not,
 * on the root or on states), `entry`/`exit`, `assign` and plain-function actions, named, inline
 * or parameterized guards, a context factory. Anything else — nested or parallel states,
 * `after`, `always`, `invoke`, history, guard combinators, built-in actions other than `assign` —
 * throws an UnsupportedFeatureError naming the feature and the state.
 */
export function compileMachine(machine: AnyStateMachine): CompiledMachine {
  const root = machine.root as unknown as NodeLike;
  const impl = machine.implementations as { guards: Record<string, unknown>; actions: Record<string, unknown> };
  const where = (node: NodeLike) => (node.path.length ? `state "${node.path.join('.')}"` : 'the root');
  const unsupported = (node: NodeLike, feature: string): never => {
    throw new UnsupportedFeatureError(`${machine.id}: ${where(node)} uses ${feature}, which the compiled engine does not support (use --engine xstate)`);
  };
  for (const key of ['after', 'always', 'invoke', 'onDone', 'history']) {
    if (root.config[key] !== undefined) unsupported(root, `"${key}"`);
  }
  const nodes = Object.values(root.states);
  const stateNames = nodes.map((n) => n.key);
  const stateIds = new Map(stateNames.map((n, i) => [n, i]));
  for (const node of nodes) {
    if (node.type !== 'atomic' && node.type !== 'final') unsupported(node, `a ${node.type} state (only flat atomic and final states compile)`);
    for (const key of ['after', 'always', 'invoke', 'onDone']) if (node.config[key] !== undefined) unsupported(node, `"${key}"`);
  }

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
  const action = (node: NodeLike, a: unknown): Step => {
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
  const guard = (node: NodeLike, g: unknown): Check | undefined => {
    if (g === undefined) return undefined;
    const { ref, params } = lookup(impl.guards, g);
    if (typeof ref !== 'function') return unsupported(node, `a guard ${JSON.stringify(g)} with no implementation`);
    if ('check' in ref) return unsupported(node, 'a guard combinator (and/or/not/stateIn)');
    const fn = ref as (x: object, p: unknown) => boolean;
    return typeof params === 'function' ? (c, e) => fn(bind(c, e), (params as (x: object) => unknown)(bind(c, e))) : (c, e) => fn(bind(c, e), params);
  };

  const entry = nodes.map((n) => n.entry.map((a) => action(n, a)));
  const exit = nodes.map((n) => n.exit.map((a) => action(n, a)));
  const eventIds = new Map<string, number>();
  const table: (CompiledTransition[] | undefined)[][] = nodes.map(() => []);
  const add = (from: number, owner: NodeLike, type: string, t: TransitionLike, index: number) => {
    if ((t.target?.length ?? 0) > 1) unsupported(owner, 'a transition with several targets');
    const targetNode = t.target?.[0];
    const target = targetNode ? stateIds.get(targetNode.key) : from;
    if (target === undefined || (targetNode && targetNode.path.length !== 1)) return unsupported(owner, `a transition on "${type}" into a nested state`);
    const moves = targetNode !== undefined;
    const actions = [...(moves || t.reenter ? exit[from]! : []), ...t.actions.map((a) => action(owner, a)), ...(moves || t.reenter ? entry[target]! : [])];
    let id = eventIds.get(type);
    if (id === undefined) eventIds.set(type, (id = eventIds.size));
    const guardName = typeof t.guard === 'string' ? t.guard : (t.guard as { type?: string } | undefined)?.type;
    const source = { from: owner === root ? null : owner.key, event: type, index, ...(guardName === undefined ? {} : { guard: guardName }) };
    (table[from]![id] ??= []).push({ guard: guard(owner, t.guard), target, actions, source });
  };
  nodes.forEach((node, i) => {
    if (node.type === 'final') return; // final states take no events
    for (const [type, list] of node.transitions) list.forEach((t, k) => add(i, node, type, t, k));
    // Root transitions apply to every open state, after the state's own (child before parent).
    for (const [type, list] of root.transitions) list.forEach((t, k) => add(i, root, type, t, k));
  });
  const final = Uint8Array.from(nodes, (n) => (n.type === 'final' ? 1 : 0));
  const initialNode = root.initial?.target[0];
  if (!initialNode) unsupported(root, 'no initial state');
  const initial = stateIds.get(initialNode!.key)!;
  const contextConfig = (machine.config as { context?: unknown }).context;
  const rootEntry = root.entry.map((a) => action(root, a));
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
      for (const a of rootEntry) a(context, initEvent);
      for (const a of entry[initial]!) a(context, initEvent);
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
