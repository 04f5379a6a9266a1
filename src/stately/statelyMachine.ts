import type { AnyStateMachine } from 'xstate';
import { readings, resolveReadings, type ReadingOption } from '../../machines/index.js';

/** A machine config as plain JSON, in the shape Stately's editor imports (XState v5 config). */
export type StatelyMachine = Record<string, unknown>;

/** What `statelyMachine` needs besides the machine. */
export interface StatelyOptions {
  /** The input the context factory is called with, so the JSON's `context` is a case's starting context. */
  readonly input: unknown;
  /** The readings the machine was built under (`applyReadings`); named in the root `meta.readings`. @defaultValue every default */
  readonly readings?: Readonly<Record<string, string>>;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON copy of plain data; a function here would be an implementation the editor cannot import, so it is refused. */
function plain(value: unknown, where: string): unknown {
  if (typeof value === 'function') throw new Error(`${where}: an inline function cannot be written as JSON; name it in setup()`);
  if (Array.isArray(value)) return value.map((v, i) => plain(v, `${where}[${i}]`));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v, `${where}.${k}`)]));
  return value;
}

/** A named guard or action as the editor writes it: `{ type, params? }`. */
function named(ref: unknown, where: string): Json {
  if (typeof ref === 'string') return { type: ref };
  if (isObject(ref) && typeof ref['type'] === 'string') return plain(ref, where) as Json;
  throw new Error(`${where}: only named guards and actions can be written as JSON`);
}

const actionList = (actions: unknown, where: string): Json[] =>
  (Array.isArray(actions) ? actions : [actions]).map((a, i) => named(a, `${where}[${i}]`));

/** One transition: a bare target becomes `{ target }`; guard and actions become named references. */
function transition(t: unknown, where: string): Json {
  if (typeof t === 'string') return { target: t };
  if (!isObject(t)) throw new Error(`${where}: not a transition`);
  const out: Json = {};
  for (const [key, value] of Object.entries(t)) {
    if (key === 'guard') out[key] = named(value, `${where}.guard`);
    else if (key === 'actions') out[key] = actionList(value, `${where}.actions`);
    else out[key] = plain(value, `${where}.${key}`);
  }
  return out;
}

/** A transition or a list of guarded alternatives, in order (the first whose guard passes is taken). */
const transitions = (ts: unknown, where: string): Json[] => (Array.isArray(ts) ? ts : [ts]).map((t, i) => transition(t, `${where}[${i}]`));

const eachValue = (o: unknown, where: string, f: (v: unknown, where: string) => unknown): Json =>
  Object.fromEntries(Object.entries(o as Json).map(([k, v]) => [k, f(v, `${where}.${k}`)]));

/** One state node's config, its children's recursively, with every implementation replaced by its name. */
function stateNode(config: Json, where: string): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(config)) {
    if (key === 'states') out[key] = eachValue(value, where, (v, w) => stateNode(v as Json, w));
    else if (key === 'on' || key === 'after') out[key] = eachValue(value, `${where}.${key}`, transitions);
    else if (key === 'always' || key === 'onDone') out[key] = transitions(value, `${where}.${key}`);
    else if (key === 'entry' || key === 'exit') out[key] = actionList(value, `${where}.${key}`);
    // The root's context factory and output mapper are functions (statelyMachine writes the
    // context's value); `schemas` holds types only.
    else if (key === 'context' || key === 'output' || key === 'schemas') continue;
    else out[key] = plain(value, `${where}.${key}`);
  }
  return out;
}

/**
 * The readings that act on a machine, with the option in force: those whose options provide a
 * guard or an action the machine implements (so the JSON says which implementations it assumes).
 */
export function readingsOf(machine: AnyStateMachine, selection: Readonly<Record<string, string>> = {}): Record<string, string> {
  const resolved = resolveReadings(selection);
  const { guards, actions } = machine.implementations;
  const acting: Record<string, string> = {};
  for (const [id, reading] of Object.entries(readings)) {
    const names = Object.values(reading.options as Record<string, ReadingOption>).flatMap((o) => [...Object.keys(o.guards ?? {}), ...Object.keys(o.updates ?? {})]);
    if (names.some((n) => n in guards || n in actions)) acting[id] = resolved[id as keyof typeof resolved];
  }
  return acting;
}

/**
 * The machine as JSON that Stately's editor imports: id, initial, states with descriptions and
 * meta (compound states nested), transitions with targets, named guards as `{ type }` and named
 * actions with their params; `context` is the context factory's value for `options.input`, and the
 * root `meta.readings` names the readings the guard and action implementations follow. Pure;
 * built from the machine's own config, so the same machine always gives the same JSON.
 */
export function statelyMachine(machine: AnyStateMachine, options: StatelyOptions): StatelyMachine {
  const config = machine.config as Json;
  const node = stateNode(config, String(config['id']));
  const factory = config['context'];
  const context = typeof factory === 'function' ? (factory as (args: { input: unknown }) => unknown)({ input: options.input }) : (factory ?? {});
  const meta = { ...(isObject(node['meta']) ? node['meta'] : {}), readings: readingsOf(machine, options.readings) };
  // id, description, meta and context first, as a reader of the source expects them; then the states.
  const out: Json = { id: node['id'] };
  if (node['description'] !== undefined) out['description'] = node['description'];
  out['meta'] = meta;
  out['context'] = plain(context, 'context');
  for (const [key, value] of Object.entries(node)) if (!(key in out)) out[key] = value;
  return out;
}
