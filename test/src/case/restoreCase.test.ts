import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openCase } from '../../../src/case/openCase.js';
import { persistCase, type PersistedCase } from '../../../src/case/persistCase.js';
import { restoreCase } from '../../../src/case/restoreCase.js';
import { sampleTraces } from '../../../src/case/sampleTraces.js';
import { InputError } from '../../../src/InputError.js';
import { leafName } from '../../../src/structure/machineStructure.js';
import { contentDigest } from '../../../src/io/contentDigest.js';

/** The edited save with its digest recomputed, so the checks behind the digest are what refuse it. */
const resealed = <T extends object>(data: T): T => (Array.isArray(data) ? data : { ...data, digest: contentDigest(data as Record<string, unknown>) });

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
    expect(back.send('embassy.seeksConsent', 2)!.time).toBe('1957-12-25T00:00:00.000Z'); // from the effective date: 17 + 1 + 5 + 2
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
    ['a foreign snapshot (another machine)', { ...saved, kind: 'koreanCitizenInChina' }, 'the save is of kind "koreanCitizenInChina" but its trace is a chineseResidentInKorea case'],
    ['a state that does not exist', { ...saved, snapshot: { ...saved.snapshot, value: 'nowhere' } }, "State 'nowhere' does not exist"],
    ['a status that does not fit the state', { ...saved, snapshot: { ...saved.snapshot, status: 'done' } }, 'the saved snapshot says status "done" but replaying the trace gives "active"'],
    ['an unknown status', { ...saved, snapshot: { ...saved.snapshot, status: 'error' } }, 'the saved snapshot says status "error" but replaying the trace gives "active"'],
    ['a context that is not an object', { ...saved, snapshot: { ...saved.snapshot, context: 5 } }, 'snapshot.context must be an object'],
    [
      'a context that contradicts the facts',
      { ...saved, snapshot: { ...saved.snapshot, context: { ...(saved.snapshot['context'] as object), hasCrimeOrPendingCase: true } } },
      'the saved snapshot says hasCrimeOrPendingCase true but replaying the trace gives false',
    ],
    ['a bad fact', { ...saved, trace: { ...saved.trace, input: { ...(saved.trace['input'] as object), crossedOn: 'soon' } } }, 'fact "crossedOn" must be a date'],
    ['a trace out of step with the snapshot', { ...saved, trace: { ...saved.trace, state: 'mobilized' } }, 'trace: "state" is "mobilized" but replaying the steps gives "refused"'],
    ['steps that are not steps', { ...saved, trace: { ...saved.trace, steps: [1] } }, 'trace: steps[0] must be an object'],
    ['a snapshot in another state than its trace', { ...saved, snapshot: { ...saved.snapshot, value: { open: 'mobilized' } } }, 'the saved snapshot is in "mobilized" but replaying the trace ends in "refused"'],
    ['not an object', [], 'not a saved case (expected a JSON object)'],
  ])('refuses %s with a clear error; the saved snapshot never reaches an actor', (_, edited, message) => {
    const data = resealed(edited);
    expect(() => restoreCase(data, {}, 'case.json')).toThrow(InputError);
    expect(() => restoreCase(data, {}, 'case.json')).toThrow(`case.json: `);
    expect(() => restoreCase(data, {}, 'case.json')).toThrow(message);
  });
});

type SavedCase = ReturnType<typeof persistCase> & { trace: { steps: Record<string, unknown>[] } };

/** A saved case from a random walk: the sample's facts and events, sent again on a fresh run. */
const savedCase = fc.tuple(fc.nat({ max: 2 ** 32 }), fc.nat(2)).map(([seed, k]) => {
  const trace = [...sampleTraces({ seed, perKind: 1 })][k]!;
  const run = openCase(trace.kind, trace.input);
  let previous = Date.parse(trace.start);
  for (const s of trace.steps) {
    run.send(s.event, (Date.parse(s.time) - previous) / 86_400_000);
    previous = Date.parse(s.time);
  }
  return JSON.parse(JSON.stringify(persistCase(run))) as SavedCase;
});

/** One edit of a recorded step that the machine would not have made. */
const edits: ((step: Record<string, unknown>) => void)[] = [
  (s) => (s['to'] = 'nowhere'),
  (s) => (s['from'] = 'nowhere'),
  (s) => (s['clauses'] = [...(s['clauses'] as string[]), '9z']),
  (s) => (s['index'] = 99),
  (s) => (s['actor'] = 'nobody'),
];

/** Law: a save restores only as the machine made it; any edit of a step is refused. */
const refusesEdits = (restore: (data: SavedCase) => unknown) =>
  fc.property(savedCase, fc.nat(), fc.nat(edits.length - 1), (save, at, which) => {
    fc.pre(save.trace.steps.length > 0);
    const edited = structuredClone(save);
    edits[which]!(edited.trace.steps[at % edited.trace.steps.length]!);
    expect(() => restore(resealed(edited))).toThrow(InputError);
  });

describe('restoreCase replays the save', () => {
  it('restores every case the machine made, unchanged', () =>
    fc.assert(
      fc.property(savedCase, (save) => {
        expect(JSON.stringify(restoreCase(save).trace())).toBe(JSON.stringify(save.trace));
      }),
      { numRuns: 50 },
    ));
  it('refuses any edited step', () => fc.assert(refusesEdits(restoreCase), { numRuns: 50 }));
  it('catches a restore that checks only where the last step goes (the check before replaying)', () => {
    const lastStepOnly = (save: SavedCase) => {
      const last = save.trace.steps.at(-1);
      if (last && last['to'] !== (save.snapshot as { value: unknown }).value) throw new InputError('the last step goes elsewhere');
    };
    expect(fc.check(refusesEdits(lastStepOnly), { numRuns: 50 }).failed).toBe(true);
  });
});
