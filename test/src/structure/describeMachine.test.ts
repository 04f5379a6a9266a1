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
    expect(d.transitions.filter((t) => t.event === 'authorities.establishCrimeOrPendingCase')).toEqual([expect.objectContaining({ from: 'open', to: 'repatriated', clauses: ['3'] })]);
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

  it('refuses a targetless transition with a message naming the machine, event and state', () => {
    const m = createMachine({ id: 't', initial: 'a', states: { a: { on: { poke: {} } } } });
    expect(() => describeMachine(m)).toThrow('t: transition on "poke" from "a" has no target');
  });
});
