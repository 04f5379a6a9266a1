import { describe, expect, it } from 'vitest';
import { openCase } from '../../../src/case/openCase.js';
import { persistCase, type PersistedCase } from '../../../src/case/persistCase.js';
import { restoreCase } from '../../../src/case/restoreCase.js';
import { InputError } from '../../../src/InputError.js';
import { leafName } from '../../../src/structure/machineStructure.js';

const run = openCase('chineseResidentInKorea', 'crossedOn=1957-05-01');
run.send('authorities.screen');
run.send('person.refusesToReturn', 5);
const saved = JSON.parse(JSON.stringify(persistCase(run))) as PersistedCase & { snapshot: Record<string, unknown>; trace: Record<string, unknown> };

describe('persistCase / restoreCase', () => {
  it('saves the XState persisted snapshot and the trace as plain JSON', () => {
    expect(saved).toMatchObject({ format: 'cable1957.case/1', kind: 'chineseResidentInKorea', snapshot: { status: 'active' } });
    // XState's own value: `'refused'` on a flat machine, `{ open: 'refused' }` inside a compound state.
    expect(leafName(saved.snapshot['value'])).toBe('refused');
    expect(saved.trace['state']).toBe('refused');
    expect(saved.trace.steps).toHaveLength(2);
  });

  it('resumes where the case stood, clock included', () => {
    const back = restoreCase(saved);
    expect(back.state).toBe('refused');
    expect(back.accepted()).toEqual(['embassy.seeksConsent', 'authorities.establishCrimeOrPendingCase']);
    expect(back.send('embassy.seeksConsent', 2)!.time).toBe('1957-05-09T00:00:00.000Z');
  });

  it('restores a final case, which then accepts nothing', () => {
    const done = openCase('emigrationApplication', 'isJustified=false');
    done.send('publicSecurity.completesReview');
    const back = restoreCase(JSON.parse(JSON.stringify(persistCase(done))));
    expect([back.status, back.accepted()]).toEqual(['final', []]);
  });

  it.each([
    ['a wrong format tag', { ...saved, format: 'x' }, 'not a saved cable1957 case (format is "x", expected "cable1957.case/1")'],
    ['an unknown kind', { ...saved, kind: 'alien' }, 'unknown case kind "alien"'],
    ['a foreign snapshot (another machine)', { ...saved, kind: 'koreanCitizenInChina' }, "State 'refused' does not exist on 'koreanCitizenInChina"],
    ['a state that does not exist', { ...saved, snapshot: { ...saved.snapshot, value: 'nowhere' } }, "State 'nowhere' does not exist"],
    ['a status that does not fit the state', { ...saved, snapshot: { ...saved.snapshot, status: 'done' } }, 'snapshot.status "done" does not fit state "refused" (not final)'],
    ['an unknown status', { ...saved, snapshot: { ...saved.snapshot, status: 'error' } }, 'snapshot.status must be "active" or "done"; got "error"'],
    ['a context that is not an object', { ...saved, snapshot: { ...saved.snapshot, context: 5 } }, 'snapshot.context must be an object'],
    [
      'a context that contradicts the facts',
      { ...saved, snapshot: { ...saved.snapshot, context: { ...(saved.snapshot['context'] as object), hasCrimeOrPendingCase: true } } },
      "snapshot.context.hasCrimeOrPendingCase is true but the trace's facts say false",
    ],
    ['a bad fact', { ...saved, trace: { ...saved.trace, input: { ...(saved.trace['input'] as object), crossedOn: 'soon' } } }, 'fact "crossedOn" must be a date'],
    ['a trace out of step with the snapshot', { ...saved, trace: { ...saved.trace, state: 'mobilized' } }, 'the trace ends in "mobilized" but the snapshot is in "refused"'],
    ['steps that are not steps', { ...saved, trace: { ...saved.trace, steps: [1] } }, 'trace.steps[0] is not a step'],
    ['not an object', [], 'not a saved case (expected a JSON object)'],
  ])('refuses %s with a clear error, before any actor runs', (_, data, message) => {
    expect(() => restoreCase(data, {}, 'case.json')).toThrow(InputError);
    expect(() => restoreCase(data, {}, 'case.json')).toThrow(`case.json: `);
    expect(() => restoreCase(data, {}, 'case.json')).toThrow(message);
  });
});
