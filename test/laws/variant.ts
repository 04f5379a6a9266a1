import { createMachine, type AnyStateMachine } from 'xstate';

type Node = Record<string, unknown> & { states?: Record<string, Node> };
type Config = Node;

/**
 * A deliberately broken copy of a machine for meta-tests: `edit` returns a changed config (one
 * transition moved or removed); the implementations are carried over unchanged.
 */
export function variant(machine: AnyStateMachine, edit: (config: Config) => Config): AnyStateMachine {
  const config = edit({ ...(machine.config as Config) });
  return createMachine(config as never).provide(machine.implementations as never) as AnyStateMachine;
}

/** Rebuilds a node with `change` applied to every node below it (depth first), copying as it goes. */
function mapNodes(node: Node, change: (name: string, node: Node) => Node): Node {
  if (!node.states) return node;
  const states: Record<string, Node> = {};
  for (const [name, child] of Object.entries(node.states)) states[name] = change(name, mapNodes({ ...child }, change));
  return { ...node, states };
}

/** Replaces one state's config (found by its own name at any depth), keeping the others. */
export function withState(config: Config, state: string, change: (node: Record<string, unknown>) => Record<string, unknown>): Config {
  let found = false;
  const out = mapNodes(config, (name, node) => {
    if (name !== state) return node;
    found = true;
    return change({ ...node }) as Node;
  });
  if (!found) throw new Error(`variant: no state "${state}"`);
  return out;
}

/** Removes every transition on `event` from every state of a machine config, compound states included. */
export function withoutEvent(config: Config, event: string): Config {
  return mapNodes(config, (_, node) => {
    const on = { ...((node['on'] as Record<string, unknown> | undefined) ?? {}) };
    delete on[event];
    return { ...node, on };
  });
}

/** Adds (or replaces) one transition `state --event--> target` in a machine config (target as XState reads it from `state`). */
export function withTransition(config: Config, state: string, event: string, target: string): Config {
  return withState(config, state, (s) => ({
    ...s,
    on: { ...((s['on'] as object | undefined) ?? {}), [event]: { target, meta: { clauses: ['P'] } } },
  }));
}
