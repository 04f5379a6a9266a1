import type { CompiledMachine } from './compileMachine.js';
import { UnsupportedFeatureError } from './compileMachine.js';
import { classLevel } from './classLevel.js';

type Context = Record<string, unknown>;
type Event = { readonly type: string };

/** The transitions of one class of facts: `next[state * events + event]`, -1 when nothing is enabled, -2 until first asked. */
export interface FactClass {
  /** The state each (state, event) leads to. */
  readonly next: Int32Array;
  /** The class's start context (the machine's own context factory and entry actions), on which its guards are evaluated. */
  readonly context: Context;
  /** The input's keys, in the order of the input the class was made from. */
  readonly keys: readonly string[];
  /** Its values, by the same index: what a keyed lookup (`classOfKey`) checks a case's input against. */
  readonly values: readonly unknown[];
  /** Whether every value is a primitive: only then can a fact key stand for the class (an object is equal to itself alone). */
  readonly keyable: boolean;
}

/** Classes by fact key for ONE fact context (a kind in a plan): keys mean nothing across contexts. */
export interface FactKeyIndex {
  /** The class of each key seen. */
  classes: (FactClass | undefined)[];
  /** The tables' generation the classes belong to (they start afresh past MAX_CLASSES). */
  generation: number;
}

/** One level of the lookup: the input key read there, and the classes (or next levels) by its value. */
interface Level {
  key: string | undefined;
  readonly byValue: Map<unknown, Level>;
  ifTrue: Level | undefined;
  ifFalse: Level | undefined;
  lastValue: unknown;
  lastBelow: Level | undefined;
  leaf: FactClass | undefined;
}

const newLevel = (): Level => ({ key: undefined, byValue: new Map(), ifTrue: undefined, ifFalse: undefined, lastValue: undefined, lastBelow: undefined, leaf: undefined });

/** At most this many classes are kept per machine; past it the cache starts afresh (a bound for drivers with continuous facts). */
const MAX_CLASSES = 1 << 16;

/** Classes whose actions are run to learn which context keys actions write: this many first, then one in CERTIFY_EVERY. */
const CERTIFY_FIRST = 16;
const CERTIFY_EVERY = 256;

const isPrimitive = (v: unknown) => v === null || (typeof v !== 'object' && typeof v !== 'function');

/** Fact keys (`classOfKey`) at or past this are looked up by value instead (they would make the index array large). */
const MAX_FACT_KEY = 1 << 20;

/** Equal as the value-by-value lookup takes values (a Map's SameValueZero). */
const same = (a: unknown, b: unknown) => a === b || (a !== a && b !== b);

/** Whether an input has exactly a class's entries, in any order. */
function hasEntries(input: Record<string, unknown>, cls: FactClass): boolean {
  const keys = Object.keys(input);
  if (keys.length !== cls.keys.length) return false;
  return cls.keys.every((k, i) => Object.hasOwn(input, k) && same(input[k], cls.values[i]));
}

/**
 * A compiled machine's transitions tabulated per class of facts, so that a case runs as integer
 * table lookups with no context object and no action run: the case's input (its drawn facts)
 * selects a class — one per distinct input, looked up value by value (keys in the input's order) — and each (state, event)
 * of the class is decided once, by the machine's OWN guards on the context its OWN context
 * factory and entry actions build from that input. This is exact when guards read the case's
 * facts and not the record the actions keep (the premise of `verify`'s explorer too): every
 * guard runs on a context that records the keys it reads, and the compiled engine refuses
 * (UnsupportedFeatureError) a guard that reads a key some transition's actions write (learned
 * by running every transition's actions on the start context of the first classes and of one
 * class in CERTIFY_EVERY after) or a value that is not a primitive.
 */
export class FactTables {
  private root: Level = newLevel();
  /** Counts the times the classes started afresh: a key index of an older generation is emptied. */
  private generation = 0;
  private readonly bySlowKey = new Map<string, FactClass>();
  private classes = 0;
  private built = 0;
  private readonly written = new Set<string>();
  private readonly events: number;
  // One recording view for every guard evaluation: it reads through to `watchedContext` and
  // notes each key read in `read` (a proxy per evaluation cost more than the guard).
  private watchedContext: Context = {};
  private readonly read = new Set<string | symbol>();
  private readonly watched: Context;

  /** Tables for `m`; `eventOf` gives the event object a guard sees for an event type. */
  constructor(
    private readonly m: CompiledMachine,
    private readonly eventOf: (type: string) => Event,
    private readonly eventTypes: readonly string[],
  ) {
    this.events = eventTypes.length;
    const read = this.read;
    const all = () => Reflect.ownKeys(this.watchedContext).forEach((k) => read.add(k));
    this.watched = new Proxy({} as Context, {
      // `classLevel` is answered, not recorded: it is not a fact, and observers ask it.
      get: (_, key) => (key === classLevel ? true : (read.add(key), Reflect.get(this.watchedContext, key))),
      has: (_, key) => (read.add(key), Reflect.has(this.watchedContext, key)),
      ownKeys: () => (all(), Reflect.ownKeys(this.watchedContext)),
      getOwnPropertyDescriptor: (_, key) => {
        read.add(key);
        const d = Reflect.getOwnPropertyDescriptor(this.watchedContext, key);
        return d && { ...d, configurable: true };
      },
    });
  }

  /** The class of a case's input: same input values, same class. */
  classOf(input: Record<string, unknown>): FactClass {
    let level = this.root;
    for (const key in input) {
      if (level.key !== key) {
        if (level.key !== undefined) return this.slowClassOf(input);
        level.key = key;
      }
      const value = input[key];
      // Most values repeat from one case to the next (a constant, a boolean): no hashing for those.
      if (value === level.lastValue && level.lastBelow !== undefined) {
        level = level.lastBelow;
        continue;
      }
      if (!isPrimitive(value)) return this.slowClassOf(input);
      let below = value === true ? level.ifTrue : value === false ? level.ifFalse : level.byValue.get(value);
      if (below === undefined) {
        below = newLevel();
        if (value === true) level.ifTrue = below;
        else if (value === false) level.ifFalse = below;
        else level.byValue.set(value, below);
      }
      level.lastValue = value;
      level.lastBelow = below;
      level = below;
    }
    return (level.leaf ??= this.make(input));
  }

  /**
   * The class of a case's input, found by the driver's fact key (`DrawnCase.factKey`: among the
   * cases of one fact context, equal keys mean equal inputs) in that context's `index` instead of
   * hashing the input's values. The key only finds the class: the input is then compared with
   * the class's values, one `===` per entry, so a key that gives two different inputs one class
   * is refused (an Error naming the key and the entry), never decided by the wrong class.
   */
  classOfKey(index: FactKeyIndex, factKey: number, input: Record<string, unknown>): FactClass {
    const classes = index.classes;
    // A key that is not a small whole number, or not indexed yet (or of an older generation), goes the long way.
    const cls = factKey >>> 0 === factKey && factKey < classes.length && index.generation === this.generation ? classes[factKey] : undefined;
    if (cls === undefined) return this.firstOfKey(index, factKey, input);
    const keys = cls.keys;
    const values = cls.values;
    let i = 0;
    for (const key in input) {
      if (key !== keys[i] || input[key] !== values[i]) return this.differentInput(factKey, input, cls);
      i++;
    }
    return i === keys.length ? cls : this.differentInput(factKey, input, cls);
  }

  /** A key's first case (in its index's generation): the class by the input's values, indexed by the key when it can stand for it. */
  private firstOfKey(index: FactKeyIndex, factKey: number, input: Record<string, unknown>): FactClass {
    const made = this.classOf(input);
    if (!(factKey >>> 0 === factKey && factKey < MAX_FACT_KEY) || !made.keyable) return made;
    // Making it may have started the classes afresh: index it in the generation it belongs to.
    if (index.generation !== this.generation) {
      index.classes = [];
      index.generation = this.generation;
    }
    // Grown by pushing, never by writing past the end: an array with holes far apart turns into a slow dictionary.
    const classes = index.classes;
    while (classes.length <= factKey) classes.push(undefined);
    classes[factKey] = made;
    return made;
  }

  /** An empty index of classes by fact key, for one fact context. */
  keyIndex(): FactKeyIndex {
    return { classes: [], generation: this.generation };
  }

  /** A keyed lookup whose input is not the class's value for value in order: the class if the entries are the same in another order, else the key is wrong. */
  private differentInput(factKey: number, input: Record<string, unknown>, cls: FactClass): FactClass {
    if (hasEntries(input, cls)) return cls;
    const entry = cls.keys.find((k, i) => !Object.hasOwn(input, k) || !same(input[k], cls.values[i])) ?? Object.keys(input).find((k) => !cls.keys.includes(k));
    throw new Error(
      `${this.m.id}: the driver's fact key ${factKey} was given to two different inputs (they differ in ${String(entry)}: ` +
        `${JSON.stringify(cls.values[cls.keys.indexOf(entry!)])} and ${JSON.stringify(input[entry!])}); a fact key must follow from the input's values`,
    );
  }

  /** The state an event leads to from `state` in a class, or -1 when no transition is enabled. */
  next(cls: FactClass, state: number, event: number): number {
    const at = state * this.events + event;
    const known = cls.next[at]!;
    return known !== -2 ? known : (cls.next[at] = this.decide(cls, state, event));
  }

  /**
   * The class of an input the value-by-value lookup does not take (keys in another order than
   * the first input's, or a value that is an object): by an exact key of its entries when every
   * value is a string, number, boolean, undefined or null; otherwise a class of its own, not kept.
   */
  private slowClassOf(input: Record<string, unknown>): FactClass {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(input)) {
      const tag = typeof v === 'string' ? `s${JSON.stringify(v)}` : typeof v === 'number' ? `n${Object.is(v, -0) ? '-0' : String(v)}` : v === null ? 'null' : typeof v === 'boolean' || v === undefined ? String(v) : undefined;
      if (tag === undefined) return this.make(input);
      parts.push(`${JSON.stringify(k)}:${tag}`);
    }
    const key = parts.join(',');
    let cls = this.bySlowKey.get(key);
    if (!cls) this.bySlowKey.set(key, (cls = this.make(input)));
    return cls;
  }

  private make(input: Record<string, unknown>): FactClass {
    if (++this.classes > MAX_CLASSES) {
      this.root = newLevel();
      this.generation++;
      this.bySlowKey.clear();
      this.classes = 1;
    }
    const keys = Object.keys(input);
    const cls: FactClass = { next: new Int32Array(this.m.stateNames.length * this.events).fill(-2), context: this.m.start(input), keys, values: keys.map((k) => input[k]), keyable: keys.every((k) => isPrimitive(input[k])) };
    if (this.built++ < CERTIFY_FIRST || this.built % CERTIFY_EVERY === 0) this.learnWrites(cls.context);
    return cls;
  }

  /** Runs every transition's actions on a copy of a start context and notes the keys they change. */
  private learnWrites(start: Context): void {
    for (const row of this.m.table) {
      for (let e = 0; e < row.length; e++) {
        for (const t of row[e] ?? []) {
          const copy = Object.assign({ [classLevel]: true }, start);
          const event = this.eventOf(this.eventTypes[e]!);
          for (const a of t.actions) a(copy, event);
          for (const k of new Set([...Object.keys(copy), ...Object.keys(start)])) if (copy[k] !== start[k]) this.written.add(k);
        }
      }
    }
  }

  /** The first enabled transition's target, deciding the guards on the class's start context while recording what they read. */
  private decide(cls: FactClass, state: number, event: number): number {
    const candidates = this.m.table[state]?.[event];
    if (!candidates) return -1;
    const read = this.read;
    const watched = this.watched;
    this.watchedContext = cls.context;
    const e = this.eventOf(this.eventTypes[event]!);
    for (const t of candidates) {
      if (t.guard) {
        read.clear();
        const enabled = t.guard(watched, e);
        for (const key of read) {
          const value = (cls.context as Record<string | symbol, unknown>)[key];
          if (typeof key === 'symbol' || this.written.has(key) || !isPrimitive(value)) {
            throw new UnsupportedFeatureError(
              `${this.m.id}: the guard ${JSON.stringify(t.source.guard ?? 'inline')} on "${this.eventTypes[event]}" in state "${this.m.stateNames[state]}" reads ${String(key)}, ` +
                `which ${typeof key === 'symbol' || !isPrimitive(value) ? 'is not a plain fact' : 'actions write'}: the compiled engine decides guards over the case's facts only (use --engine xstate)`,
            );
          }
        }
        if (!enabled) continue;
      }
      return t.target;
    }
    return -1;
  }
}
