import { createMachine, type AnyStateMachine } from 'xstate';

type Config = Record<string, unknown> & { states?: Record<string, Record<string, unknown>> };

/**
 * A deliberately broken copy of a machine for meta-tests: `edit` returns a changed config (one
 * transition moved or removed); the implementations are carried over unchanged.
 */
export function variant(machine: AnyStateMachine, edit: (config: Config) => Config): AnyStateMachine {
  const config = edit({ ...(machine.config as Config) });
  return createMachine(config as never).provide(machine.implementations as never) as AnyStateMachine;
}

/** Replaces one state's config in a machine config, keeping the others. */
export function withState(config: Config, state: string, change: (node: Record<string, unknown>) => Record<string, unknown>): Config {
  const states = { ...(config.states ?? {}) };
  states[state] = change({ ...(states[state] ?? {}) });
  return { ...config, states };
}

/** Removes every transition on `event` from every state of a machine config. */
export function withoutEvent(config: Config, event: string): Config {
  const states: Record<string, Record<string, unknown>> = {};
  for (const [name, node] of Object.entries(config.states ?? {})) {
    const on = { ...((node['on'] as Record<string, unknown> | undefined) ?? {}) };
    delete on[event];
    states[name] = { ...node, on };
  }
  return { ...config, states };
}

/** Adds (or replaces) one transition `state --event--> target` in a machine config. */
export function withTransition(config: Config, state: string, event: string, target: string): Config {
  return withState(config, state, (s) => ({
    ...s,
    on: { ...((s['on'] as object | undefined) ?? {}), [event]: { target, meta: { clauses: ['P'] } } },
  }));
}
