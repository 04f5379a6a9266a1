import { createMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { caseMachines } from '../../../machines/index.js';
import { describeMachine } from '../../../src/structure/describeMachine.js';
import { compoundMachine } from '../../support/compoundMachine.js';

describe('describeMachine', () => {
  it('reads states and transitions with guards, targets, descriptions and clauses', () => {
    const d = describeMachine(caseMachines.koreanCitizenInChina);
    expect(d.id).toBe('koreanCitizenInChina');
    expect(d.initial).toBe('detected');
    // Every non-final state inside the compound state `open`; the final one outside.
    expect(d.states.filter((s) => s.parent === null).map((s) => [s.name, s.leaf])).toEqual([
      ['open', false],
      ['repatriated', true],
    ]);
    expect(d.states.filter((s) => s.parent === 'open').map((s) => s.name)).toEqual(expect.arrayContaining(['detected', 'repatriationDue', 'approvalSought', 'residing']));
    // Model version 2: clause 3 is guarded by the reading clause3Scope; a crime it does not cover is recorded in place (4a).
    expect(d.transitions.filter((t) => t.event === 'authorities.establishCrimeOrPendingCase')).toEqual([
      expect.objectContaining({ from: 'open', guard: 'clause3Covers', to: 'repatriated', clauses: ['3'] }),
      expect.objectContaining({ from: 'open', to: null, toLeaf: null, clauses: ['4a'] }),
    ]);
    expect(d.states.find((s) => s.name === 'residing')).toMatchObject({ settled: true, final: false, clauses: ['2b', '2c'] });
    expect(d.states.find((s) => s.name === 'repatriated')).toMatchObject({ settled: false, final: true });
    expect(d.transitions.filter((t) => t.event === 'authorities.screen')).toEqual([
      expect.objectContaining({ from: 'detected', guard: 'hasCrimeOrPendingCase', to: 'repatriated', clauses: ['3'] }),
      expect.objectContaining({ from: 'detected', to: 'repatriationDue', clauses: ['2a'] }),
    ]);
  });

  it('names nested states by their key, with parent, leaf and initial child; root transitions have from = null', () => {
    const m = createMachine({
      id: 'n',
      initial: 'a',
      on: { reset: '.a' },
      states: { a: { initial: 'x', states: { x: { on: { go: 'y' } }, y: {} } } },
    });
    const d = describeMachine(m);
    expect(d.initial).toBe('x');
    expect(d.states.map((s) => [s.name, s.parent, s.leaf, s.initial])).toEqual([
      ['a', null, false, 'x'],
      ['x', 'a', true, undefined],
      ['y', 'a', true, undefined],
    ]);
    expect(d.transitions.map((t) => [t.from, t.event, t.to, t.toLeaf])).toEqual([
      [null, 'reset', 'a', 'x'],
      ['x', 'go', 'y', 'y'],
    ]);
  });

  it('describes a compound state with its meta and its one transition, written once', () => {
    const d = describeMachine(compoundMachine);
    expect(d.initial).toBe('detected');
    expect(d.states.find((s) => s.name === 'open')).toMatchObject({ parent: null, leaf: false, initial: 'detected', clauses: ['3'], description: 'The case is open.' });
    expect(d.states.find((s) => s.name === 'settled')).toMatchObject({ parent: 'open', leaf: true, settled: true });
    expect(d.transitions.filter((t) => t.from === 'open')).toEqual([
      expect.objectContaining({ event: 'authorities.intervene', to: 'closed', toLeaf: 'closed', clauses: ['3'] }),
    ]);
    expect(d.transitions.find((t) => t.event === 'person.reopens')).toMatchObject({ to: 'open', toLeaf: 'detected' });
  });

  it('describes a targetless transition with to and toLeaf null (the case stays in its leaf), on a leaf or on a compound state', () => {
    const m = createMachine({
      id: 't',
      initial: 'o',
      states: { o: { initial: 'a', on: { note: { actions: () => undefined } }, states: { a: { on: { poke: {}, go: 'b' } }, b: {} } } },
    });
    expect(describeMachine(m).transitions.map((t) => [t.from, t.event, t.to, t.toLeaf])).toEqual([
      ['o', 'note', null, null],
      ['a', 'poke', null, null],
      ['a', 'go', 'b', 'b'],
    ]);
  });

  it('refuses a transition with several targets, naming the machine, event and state', () => {
    const m = createMachine({
      id: 'p',
      type: 'parallel',
      on: { both: { target: ['.l.ly', '.r.ry'] } },
      states: { l: { initial: 'lx', states: { lx: {}, ly: {} } }, r: { initial: 'rx', states: { rx: {}, ry: {} } } },
    });
    expect(() => describeMachine(m)).toThrow('p: transition on "both" from "(root)" has 2 targets');
  });
});
