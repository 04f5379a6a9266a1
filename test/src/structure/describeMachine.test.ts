import { createMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { caseMachines } from '../../../machines/index.js';
import { describeMachine } from '../../../src/structure/describeMachine.js';

describe('describeMachine', () => {
  it('reads states and transitions with guards, targets, descriptions and clauses', () => {
    const d = describeMachine(caseMachines.koreanCitizenInChina);
    expect(d.id).toBe('koreanCitizenInChina');
    expect(d.initial).toBe('detected');
    expect(d.states.map((s) => s.name)).toEqual(['detected', 'repatriationDue', 'approvalSought', 'residing', 'repatriated']);
    expect(d.states.find((s) => s.name === 'residing')).toMatchObject({ settled: true, final: false, clauses: ['2b', '2c'] });
    expect(d.states.find((s) => s.name === 'repatriated')).toMatchObject({ settled: false, final: true });
    expect(d.transitions.filter((t) => t.event === 'authorities.screen')).toEqual([
      expect.objectContaining({ from: 'detected', guard: 'hasCrimeOrPendingCase', to: 'repatriated', clauses: ['3'] }),
      expect.objectContaining({ from: 'detected', to: 'repatriationDue', clauses: ['2a'] }),
    ]);
  });

  it('names nested states by their dotted path and root transitions by from = null', () => {
    const m = createMachine({
      id: 'n',
      initial: 'a',
      on: { reset: '.a' },
      states: { a: { initial: 'x', states: { x: { on: { go: 'y' } }, y: {} } } },
    });
    const d = describeMachine(m);
    expect(d.states.map((s) => s.name)).toEqual(['a', 'a.x', 'a.y']);
    expect(d.transitions.map((t) => [t.from, t.event, t.to])).toEqual([
      [null, 'reset', 'a'],
      ['a.x', 'go', 'a.y'],
    ]);
  });

  it('refuses a targetless transition with a message naming the machine, event and state', () => {
    const m = createMachine({ id: 't', initial: 'a', states: { a: { on: { poke: {} } } } });
    expect(() => describeMachine(m)).toThrow('t: transition on "poke" from "a" has no target');
  });
});
