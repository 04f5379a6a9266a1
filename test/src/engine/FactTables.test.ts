import { assign, createActor, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { applyReadings, caseMachines } from '../../../machines/index.js';
import { compileMachine, UnsupportedFeatureError } from '../../../src/engine/compileMachine.js';
import { FactTables } from '../../../src/engine/FactTables.js';
import { classLevel } from '../../../src/engine/classLevel.js';

const tablesOf = (machine: Parameters<typeof compileMachine>[0]) => {
  const m = compileMachine(machine);
  const types = [...m.eventIds.entries()].sort((a, b) => a[1] - b[1]).map(([type]) => type);
  return { m, tables: new FactTables(m, (type) => ({ type }), types), event: (type: string) => m.eventIds.get(type)! };
};

/** A guard that reads what an action writes: `go` leads to `done` only after a `tick` has counted. */
const counting = setup({
  types: { context: {} as { count: number; flag: boolean }, input: {} as { flag: boolean } },
  guards: { counted: ({ context }) => context.count >= 1 },
  actions: { tick: assign({ count: ({ context }) => context.count + 1 }) },
}).createMachine({
  id: 'counting',
  context: ({ input }) => ({ count: 0, flag: input.flag }),
  initial: 'waiting',
  states: {
    waiting: { on: { tick: { actions: 'tick' }, go: [{ guard: 'counted', target: 'done' }, { target: 'waiting' }] } },
    done: { type: 'final' },
  },
});

describe('FactTables', () => {
  it('refuses a guard that reads a key the actions write, naming the guard, the event, the state and the key', () => {
    // Decided on the start context, `counted` would say "not yet" after any number of ticks: XState
    // says otherwise, so the compiled engine must refuse rather than differ.
    const actor = createActor(counting, { input: { flag: false } }).start();
    actor.send({ type: 'tick' });
    actor.send({ type: 'go' });
    expect(actor.getSnapshot().value).toBe('done');
    const { m, tables, event } = tablesOf(counting);
    const cls = tables.classOf({ flag: false });
    expect(tables.next(cls, m.initial, event('tick'))).toBe(m.initial);
    expect(() => tables.next(cls, m.initial, event('go'))).toThrow(UnsupportedFeatureError);
    expect(() => tables.next(cls, m.initial, event('go'))).toThrow('counting: the guard "counted" on "go" in state "waiting" reads count, which actions write');
  });

  it('marks its class-level evaluations (classLevel), unrecorded, so observers wrapping guards and actions can skip them; a case never sees it', () => {
    // Clause coverage wraps guards and actions to credit a case's steps; the compiled engine runs
    // them once per class of facts, on no case's leaf. Asking must not count as the guard's read.
    const seen: unknown[] = [];
    const observed = setup({
      types: { context: {} as { flag: boolean; count: number }, input: {} as { flag: boolean } },
      guards: {
        flagged: ({ context }) => {
          seen.push(['guard', (context as { [classLevel]?: true })[classLevel]]);
          return context.flag;
        },
      },
      actions: {
        tick: assign({
          count: ({ context }) => {
            seen.push(['action', (context as { [classLevel]?: true })[classLevel]]);
            return context.count + 1;
          },
        }),
      },
    }).createMachine({
      id: 'observed',
      context: ({ input }) => ({ flag: input.flag, count: 0 }),
      initial: 'waiting',
      states: { waiting: { on: { go: [{ guard: 'flagged', target: 'done', actions: 'tick' }, { target: 'waiting' }] } }, done: { type: 'final' } },
    });
    const { m, tables, event } = tablesOf(observed);
    const cls = tables.classOf({ flag: true });
    expect(m.stateNames[tables.next(cls, m.initial, event('go'))]).toBe('done');
    expect(seen).toContainEqual(['guard', true]);
    expect(seen).toContainEqual(['action', true]);
    seen.length = 0;
    const actor = createActor(observed, { input: { flag: true } }).start();
    actor.send({ type: 'go' });
    expect(actor.getSnapshot().value).toBe('done');
    expect(seen).toEqual([['guard', undefined], ['action', undefined]]);
  });

  it('gives equal inputs one class and decides each (state, event) with the machine\u2019s own guards', () => {
    const { m, tables, event } = tablesOf(applyReadings(caseMachines.chineseResidentInKorea, {}));
    const input = (crossedOn: string, crime: boolean) => ({ caseId: '', crossedOn, hasCrimeOrPendingCase: crime, crimeWhere: 'home' });
    const early = tables.classOf(input('1957-06-01', false));
    expect(tables.classOf(input('1957-06-01', false))).toBe(early);
    const late = tables.classOf(input('1958-06-01', false));
    const crime = tables.classOf(input('1957-06-01', true));
    expect(new Set([early, late, crime]).size).toBe(3);
    const screen = (cls: typeof early) => m.stateNames[tables.next(cls, m.initial, event('authorities.screen'))];
    expect([screen(early), screen(late), screen(crime)]).toEqual(['mobilized', 'handoverDue', 'repatriated']);
    // An event no transition of the state takes: -1, as `step` says.
    expect(tables.next(early, m.initial, event('korea.consents'))).toBe(-1);
  });

  it('tells apart inputs that differ only in their keys (no two drivers\u2019 facts share a class by position)', () => {
    const { tables } = tablesOf(counting);
    const a = tables.classOf({ flag: true });
    const b = tables.classOf({ other: true } as never);
    expect(a).not.toBe(b);
    expect(tables.classOf({ flag: true })).toBe(a);
  });

  it('never merges inputs that differ: objects as facts get a class each, and the keyed slow path keeps undefined, null, -0 and strings apart', () => {
    const { tables } = tablesOf(counting);
    expect(tables.classOf({ flag: { x: 1 } } as never)).not.toBe(tables.classOf({ flag: { x: 1 } } as never));
    tables.classOf({ flag: true, extra: 1 } as never); // the first input fixes the key order of the value-by-value lookup
    const slow = (extra: unknown) => tables.classOf({ extra, flag: true } as never);
    const classes = [undefined, null, 0, -0, '0', 'null', false].map(slow);
    expect(new Set(classes).size).toBe(classes.length);
    expect(slow(null)).toBe(classes[1]);
    expect(slow('0')).toBe(classes[4]);
  });
  it('finds a class by a fact key: the class the input\u2019s values give, in any order of entries; a key past the bound is looked up by value', () => {
    const { tables } = tablesOf(counting);
    const index = tables.keyIndex();
    const a = tables.classOfKey(index, 1, { flag: true });
    expect(a).toBe(tables.classOf({ flag: true }));
    expect(tables.classOfKey(index, 1, { flag: true })).toBe(a);
    expect(tables.classOfKey(index, 0, { flag: false })).toBe(tables.classOf({ flag: false }));
    const both = tables.classOfKey(index, 2, { flag: true, extra: 1 } as never);
    expect(tables.classOfKey(index, 2, { extra: 1, flag: true } as never)).toBe(both);
    for (const key of [-1, 0.5, 1 << 20, Number.NaN]) expect(tables.classOfKey(index, key, { flag: true })).toBe(a);
  });

  it('refuses a fact key given to two different inputs, naming the key and the fact: a key that leaves a fact out is caught, never decided by another input\u2019s class', () => {
    const { tables } = tablesOf(counting);
    const index = tables.keyIndex();
    // The broken key: the same for every input, as if the driver forgot `flag`.
    tables.classOfKey(index, 7, { flag: true });
    expect(() => tables.classOfKey(index, 7, { flag: false })).toThrow("counting: the driver's fact key 7 was given to two different inputs (they differ in flag: true and false)");
    expect(() => tables.classOfKey(index, 7, { flag: true, extra: 1 } as never)).toThrow(/fact key 7 was given to two different inputs \(they differ in extra/);
    expect(() => tables.classOfKey(index, 7, {} as never)).toThrow(/fact key 7/);
  });

  it('gives a fact key its meaning in one index only (one fact context): another index may give it another input', () => {
    const { tables } = tablesOf(counting);
    const [one, two] = [tables.keyIndex(), tables.keyIndex()];
    expect(tables.classOfKey(one, 3, { flag: true })).toBe(tables.classOf({ flag: true }));
    expect(tables.classOfKey(two, 3, { flag: false })).toBe(tables.classOf({ flag: false }));
  });

  it('indexes no class whose facts are objects by a key (an object equals itself alone)', () => {
    const { tables } = tablesOf(counting);
    const index = tables.keyIndex();
    const a = tables.classOfKey(index, 4, { flag: { x: 1 } } as never);
    const b = tables.classOfKey(index, 4, { flag: { x: 1 } } as never);
    expect(a).not.toBe(b);
  });
});
