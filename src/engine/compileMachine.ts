import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { machineStructure, type MachineTransition } from '../structure/machineStructure.js';

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

/**
 * Compiles a machine (with its implementations, e.g. after `provide` for a reading) into integer
 * tables. Supported: one level of atomic and final states, `on` transitions (guarded or not,
 * on the root or on states), `entry`/`exit`, `assign` and plain-function actions, named, inline
 * or parameterized guards, a context factory. Anything else — nested or parallel states,
 * `after`, `always`, `invoke`, history, guard combinators, built-in actions other than `assign` —
 * throws an UnsupportedFeatureError naming the feature and the state.
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
  const nodes = structure.states.map((s) => s.node);
  const stateNames = structure.states.map((s) => s.name);
  const stateIds = new Map(stateNames.map((n, i) => [n, i]));
  for (const node of nodes) {
    if (node.type !== 'atomic' && node.type !== 'final') unsupported(node, `a ${node.type} state (only flat atomic and final states compile)`);
    for (const [key, value] of Object.entries(features(node))) if (key !== 'history' && value !== undefined) unsupported(node, `"${key}"`);
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

  const entry = nodes.map((n) => n.entry.map((a) => action(n, a)));
  const exit = nodes.map((n) => n.exit.map((a) => action(n, a)));
  const eventIds = new Map<string, number>();
  const table: (CompiledTransition[] | undefined)[][] = nodes.map(() => []);
  const add = (from: number, t: MachineTransition) => {
    const owner = t.owner;
    if (t.targets.length > 1) unsupported(owner, 'a transition with several targets');
    const targetNode = t.targets[0];
    const target = targetNode ? stateIds.get(targetNode.path.join('.')) : from;
    if (target === undefined || (targetNode && targetNode.path.length !== 1)) return unsupported(owner, `a transition on "${t.event}" into a nested state`);
    const moves = targetNode !== undefined;
    const reenter = t.definition.reenter;
    const actions = [...(moves || reenter ? exit[from]! : []), ...t.definition.actions.map((a) => action(owner, a)), ...(moves || reenter ? entry[target]! : [])];
    let id = eventIds.get(t.event);
    if (id === undefined) eventIds.set(t.event, (id = eventIds.size));
    (table[from]![id] ??= []).push({ guard: guard(owner, t.definition.guard), target, actions, source: t });
  };
  const writtenOn = new Map<AnyStateNode, MachineTransition[]>();
  for (const t of structure.transitions) writtenOn.set(t.owner, [...(writtenOn.get(t.owner) ?? []), t]);
  nodes.forEach((node, i) => {
    if (node.type === 'final') return; // final states take no events
    // A state's own transitions first, then its parent's, up to the root's (child before parent),
    // which apply to every open state.
    for (let owner: AnyStateNode | undefined = node; owner; owner = owner.parent) {
      for (const t of writtenOn.get(owner) ?? []) add(i, t);
    }
  });
  const final = Uint8Array.from(nodes, (n) => (n.type === 'final' ? 1 : 0));
  const initialNode = structure.initial;
  if (!initialNode) return unsupported(root, 'no initial state');
  const initial = stateIds.get(initialNode.path.join('.'))!;
  const contextConfig = machine.config.context;
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
