import { describe, expect, it } from 'vitest';
import { cable, caseMachines, notModeled } from '../../../machines/index.js';
import { clauseMatrix } from '../../../src/structure/clauseMatrix.js';
import { formatClauseMatrix } from '../../../src/structure/formatClauseMatrix.js';
import { describeMachine } from '../../../src/structure/describeMachine.js';
import { traceabilityProblems } from '../../../src/structure/traceabilityProblems.js';
import { variant, withState } from '../../laws/variant.js';
import { compoundMachine } from '../../support/compoundMachine.js';
import type { AnyStateMachine } from 'xstate';

describe('clauseMatrix', () => {
  const rows = clauseMatrix(caseMachines, cable.clauses, notModeled);

  it('has one row per clause, in registry order', () => {
    expect(rows.map((r) => r.id)).toEqual(cable.clauses.map((c) => c.id));
  });

  it('lists, for each clause, exactly the states and transitions whose meta cite it', () => {
    for (const [kind, machine] of Object.entries(caseMachines)) {
      const d = describeMachine(machine);
      for (const row of rows) {
        const use = row.uses.find((u) => u.kind === kind);
        expect(use?.states ?? []).toEqual(d.states.filter((s) => s.clauses.includes(row.id)).map((s) => s.name));
        expect(use?.transitions.length ?? 0).toBe(d.transitions.filter((t) => t.clauses.includes(row.id)).length);
      }
    }
  });

  it('shows clause 3 on both crosser machines once, as the transition on the compound state open', () => {
    const row = rows.find((r) => r.id === '3')!;
    expect(row.uses.map((u) => u.kind)).toEqual(['chineseResidentInKorea', 'koreanCitizenInChina']);
    for (const use of row.uses) {
      // Model version 2: guarded by clause3Scope (clause3Covers); the host-side alternative cites 4a, not 3.
      expect(use.transitions.filter((t) => t.includes('--authorities.establishCrimeOrPendingCase'))).toEqual(['open --authorities.establishCrimeOrPendingCase [clause3Covers]--> repatriated']);
    }
  });

  it('marks the clauses that are not modeled with their reason', () => {
    expect(rows.find((r) => r.id === '5')).toMatchObject({ uses: [], notModeled: notModeled['5'] });
  });

  it('adds a row for a cited id missing from the registry', () => {
    const partial = clauseMatrix(caseMachines, cable.clauses.filter((c) => c.id !== '4d'));
    expect(partial.at(-1)).toMatchObject({ id: '4d', title: '(not in the registry)' });
  });

  it('renders as text, Markdown and JSON', () => {
    expect(formatClauseMatrix(rows, 'text')).toContain('      transition:  approved --person.departs--> departed');
    expect(formatClauseMatrix(rows, 'markdown').split('\n')[0]).toBe('| clause | title | kind | states | transitions |');
    expect(JSON.parse(formatClauseMatrix(rows, 'json'))).toEqual(rows);
  });
});

describe('clause matrix and traceability on a machine with depth', () => {
  it('lists the compound state among the states citing a clause, and its transition once, from it', () => {
    const row = clauseMatrix({ compound: compoundMachine }, cable.clauses).find((r) => r.id === '3')!;
    expect(row.uses).toEqual([
      {
        kind: 'compound',
        states: ['open', 'closed'],
        transitions: ['open --authorities.intervene--> closed', 'detected --authorities.screen [isFlagged]--> closed'],
      },
    ]);
  });

  it('holds a compound state to the same rule as every node: a description and at least one clause', () => {
    const own = (machines: Record<string, AnyStateMachine>) => traceabilityProblems(machines, cable.clauses).filter((p) => p.startsWith('compound '));
    expect(own({ compound: compoundMachine })).toEqual([]);
    const bare = variant(compoundMachine, (c) => withState(c, 'open', ({ meta: _, description: __, ...s }) => s));
    expect(own({ compound: bare })).toEqual(['compound state open has no description', 'compound state open cites no clause']);
  });
});
