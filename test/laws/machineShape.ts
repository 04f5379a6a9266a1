import type { AnyStateMachine } from 'xstate';
import { leafName, machineStructure, stateClauses } from '../../src/structure/machineStructure.js';

/** One state of a machine as the laws speak of it: by its own (leaf) name. */
export interface ShapeState {
  /** The node's own key (`mobilized`, `open`); leaf names are unique within a machine. */
  readonly name: string;
  /** Whether it has child states (`open`): a case is never *in* it, only in one of its leaves. */
  readonly compound: boolean;
  /** Whether it is final. */
  readonly final: boolean;
  /** Whether it is a settled, non-final outcome (`meta.settled`). */
  readonly settled: boolean;
  /** The leaf names below it (itself for a leaf). */
  readonly leaves: readonly string[];
  /** Its description. */
  readonly description: string;
  /** The clauses it cites. */
  readonly clauses: readonly string[];
}

/** One transition as written, named by leaves: `to` is null for a targetless transition. */
export interface ShapeTransition {
  /** The node it is written on (a leaf, or a compound state like `open`); null for the root. */
  readonly from: string | null;
  /** The event type. */
  readonly event: string;
  /** The guard's name, if guarded. */
  readonly guard?: string;
  /** The target's own name, or null when the transition has no target (the case stays put). */
  readonly to: string | null;
  /** The clauses it cites. */
  readonly clauses: readonly string[];
  /** Its description. */
  readonly description: string;
}

/** A machine's states and transitions by leaf names, for the laws (compound states included). */
export interface MachineShape {
  /** Every node below the root, parents before children (`open` before its leaves). */
  readonly states: readonly ShapeState[];
  /** Every transition as written, alternatives and targetless ones included. */
  readonly transitions: readonly ShapeTransition[];
}

const shapes = new WeakMap<AnyStateMachine, MachineShape>();

/**
 * Reads a machine's shape through the library's one structure reader (`machineStructure`), but
 * names every node by its own key, as traces do, and keeps targetless transitions (which the
 * describer refuses): the laws must see exactly what XState runs.
 */
export function machineShape(machine: AnyStateMachine): MachineShape {
  const known = shapes.get(machine);
  if (known) return known;
  const s = machineStructure(machine);
  const key = (path: string | null) => (path === null ? null : path.slice(path.lastIndexOf('.') + 1));
  const states: ShapeState[] = s.states.map((x) => ({
    name: x.node.key,
    compound: !x.leaf,
    final: x.node.type === 'final',
    settled: (x.node.meta as { settled?: boolean } | undefined)?.settled === true,
    leaves: s.states.filter((y) => y.leaf && (y.path === x.path || y.path.startsWith(`${x.path}.`))).map((y) => y.node.key),
    description: x.node.description ?? '',
    clauses: stateClauses(x.node),
  }));
  const transitions: ShapeTransition[] = s.transitions.map((t) => ({
    from: key(t.from),
    event: t.event,
    ...(t.guard === undefined ? {} : { guard: t.guard }),
    to: t.targets[0]?.key ?? null,
    clauses: t.clauses,
    description: t.description,
  }));
  const shape = { states, transitions };
  shapes.set(machine, shape);
  return shape;
}

/** The leaf a snapshot value names: `'detected'`, or `{ open: 'mobilized' }` → `'mobilized'`. */
export const leafOf: (value: unknown) => string = leafName;
