import { createMachine, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { caseMachines } from '../../../machines/index.js';
import { compileMachine } from '../../../src/engine/compileMachine.js';
import { describeMachine } from '../../../src/structure/describeMachine.js';
import { guardName, initialLeaf, leafName, machineStructure, transitionsIn } from '../../../src/structure/machineStructure.js';
import { compoundMachine } from '../../support/compoundMachine.js';

describe('machineStructure', () => {
  it('walks the state tree depth first, naming nodes by key (with their path), their parent and whether they are leaves', () => {
    const m = createMachine({
      id: 'n',
      initial: 'open',
      on: { reset: '.open' },
      states: { open: { initial: 'x', on: { stop: 'done' }, states: { x: { on: { go: 'y' } }, y: {} } }, done: { type: 'final' } },
    });
    const s = machineStructure(m);
    expect(s.states.map((x) => [x.name, x.path, x.parent, x.leaf])).toEqual([
      ['open', 'open', null, false],
      ['x', 'open.x', 'open', true],
      ['y', 'open.y', 'open', true],
      ['done', 'done', null, true],
    ]);
    expect(s.transitions.map((t) => [t.from, t.event, t.index, t.targets.map((n) => n.path.join('.'))])).toEqual([
      [null, 'reset', 0, ['open']],
      ['open', 'stop', 0, ['done']],
      ['x', 'go', 0, ['open.y']],
    ]);
    expect(s.initial?.key).toBe('open');
  });

  it('refuses two states of one name: a leaf name alone must say where a case is', () => {
    const m = createMachine({ id: 'twice', initial: 'a', states: { a: { initial: 'idle', states: { idle: {} } }, b: { initial: 'idle', states: { idle: {} } } } });
    expect(() => machineStructure(m)).toThrow('twice: two states are named "idle" (a.idle and b.idle); state names must be unique within a machine');
  });

  it('gives the leaf name of a snapshot value, flat or nested', () => {
    expect(leafName('mobilized')).toBe('mobilized');
    expect(leafName({ open: 'mobilized' })).toBe('mobilized');
    expect(leafName({ a: { b: 'c' } })).toBe('c');
    expect(() => leafName({ a: 'x', b: 'y' })).toThrow('a state value with 2 regions has no single leaf');
  });

  it('lists the transitions available in a leaf: its own first, then its ancestors\u2019 (XState\u2019s selection order)', () => {
    const s = machineStructure(compoundMachine);
    const owners = (leaf: string) => transitionsIn(s, leaf).map((t) => `${t.from}:${t.event}`);
    expect(owners('waiting')).toEqual(['waiting:person.agrees', 'waiting:person.refuses', 'waiting:authorities.intervene', 'open:authorities.intervene']);
    expect(owners('detected')).toEqual(['detected:authorities.screen', 'detected:authorities.screen', 'open:authorities.intervene']);
    expect(owners('closed')).toEqual([]);
  });

  it('resolves a transition\u2019s target to the leaf entered: id targets, and a compound target\u2019s initial leaf', () => {
    const s = machineStructure(compoundMachine);
    const target = (from: string, event: string) => initialLeaf(s.transitions.find((t) => t.from === from && t.event === event)!.targets[0]!).key;
    expect(target('open', 'authorities.intervene')).toBe('closed');
    expect(target('settled', 'person.reopens')).toBe('detected');
    expect(initialLeaf(s.initial!).key).toBe('detected');
  });

  it('names guards one way: by name, by type when parameterized, "(inline guard)" for a function', () => {
    expect(guardName(undefined)).toBeUndefined();
    expect(guardName('isJustified')).toBe('isJustified');
    expect(guardName({ type: 'isAfter', params: { date: '1957-12-17' } })).toBe('isAfter');
    expect(guardName(() => true)).toBe('(inline guard)');
  });

  it('gives the describer and the compiler the same guard names, inline guards included', () => {
    const m = setup({ guards: { named: () => false } }).createMachine({
      id: 'g',
      initial: 'a',
      states: { a: { on: { go: [{ guard: 'named', target: 'b' }, { guard: () => true, target: 'c' }, { target: 'b' }] } }, b: {}, c: {} },
    });
    const described = describeMachine(m).transitions.map((t) => t.guard);
    const c = compileMachine(m);
    const compiled = c.table[c.stateIds.get('a')!]![c.eventIds.get('go')!]!.map((t) => t.source.guard);
    expect(described).toEqual(['named', '(inline guard)', undefined]);
    expect(compiled).toEqual(described);
  });

  it.each(Object.keys(caseMachines))('carries each written transition of %s, with its clauses, onto the compiled table', (kind) => {
    const machine = caseMachines[kind as keyof typeof caseMachines];
    const written = machineStructure(machine).transitions;
    const c = compileMachine(machine);
    const compiled = c.table.flatMap((row) => row.flatMap((candidates) => candidates ?? []));
    for (const t of compiled) {
      const same = written.find((w) => w.from === t.source.from && w.event === t.source.event && w.index === t.source.index);
      expect(t.source).toEqual(same);
    }
    // Every transition written on an open state, or on the root, is compiled at least once.
    const open = new Set(written.filter((w) => w.owner.type !== 'final').map((w) => `${w.from}|${w.event}|${w.index}`));
    expect(new Set(compiled.map((t) => `${t.source.from}|${t.source.event}|${t.source.index}`))).toEqual(open);
  });
});
