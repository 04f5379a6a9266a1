import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import { caseMachines } from '../../machines/index.js';
import { machineShape } from '../laws/machineShape.js';

const crime = 'authorities.establishCrimeOrPendingCase';

// Design §5 version 2: Harel's depth. Every non-final state of a crosser machine lies inside one
// compound state `open`, clause 3 is one transition on it, and the final states lie outside.
describe.each([
  { kind: 'chineseResidentInKorea' as const, finals: ['repatriated', 'passportIssued', 'citizenshipRenounced'], facts: { caseId: 'd', crossedOn: '1957-06-01', hasCrimeOrPendingCase: false } },
  { kind: 'koreanCitizenInChina' as const, finals: ['repatriated'], facts: { caseId: 'd', crossedOn: '1957-06-01', hasCrimeOrPendingCase: false } },
])('$kind › depth', ({ kind, finals, facts }) => {
  const machine = caseMachines[kind];
  const shape = machineShape(machine);

  it('holds every non-final state in open, and the final states outside it', () => {
    const top = Object.keys(machine.root.states);
    expect(top.sort()).toEqual(['open', ...finals].sort());
    const open = shape.states.find((s) => s.name === 'open')!;
    const nonFinalLeaves = shape.states.filter((s) => !s.compound && !s.final).map((s) => s.name);
    expect([...open.leaves].sort()).toEqual(nonFinalLeaves.sort());
  });

  it('writes clause 3 once, on open', () => {
    const clause3 = shape.transitions.filter((t) => t.clauses.includes('3') && t.event === crime);
    expect(clause3.map((t) => [t.from, t.to])).toEqual([['open', 'repatriated']]);
  });

  it('gives a snapshot value { open: leaf }, and the leaf name in the path', () => {
    const actor = createActor(machine, { input: facts }).start();
    expect(actor.getSnapshot().value).toEqual({ open: 'detected' });
    actor.send({ type: 'authorities.screen' });
    actor.send({ type: crime });
    expect(actor.getSnapshot().value).toBe('repatriated');
    expect(actor.getSnapshot().context.path.at(-1)).toBe('repatriated');
  });

  it('keeps a final snapshot where it is, even under the pure transition() that does not check status', () => {
    const actor = createActor(machine, { input: facts }).start();
    actor.send({ type: crime });
    const done = actor.getSnapshot();
    expect(done.status).toBe('done');
    const events = [...new Set(shape.transitions.map((t) => t.event))];
    for (const type of events) expect(transition(machine, done, { type } as never)[0].value).toBe('repatriated');
  });
});
