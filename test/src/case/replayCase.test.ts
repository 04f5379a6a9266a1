import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openCase } from '../../../src/case/openCase.js';
import { persistCase } from '../../../src/case/persistCase.js';
import { restoreCase } from '../../../src/case/restoreCase.js';
import { sampleTraces } from '../../../src/case/sampleTraces.js';
import { InputError } from '../../../src/InputError.js';

type Save = ReturnType<typeof persistCase> & { trace: { steps: Record<string, unknown>[] } };

/** A saved case from a random walk: the sample's facts and events, sent again on a fresh run. */
const savedCase = fc.tuple(fc.nat({ max: 2 ** 32 }), fc.nat(2)).map(([seed, k]) => {
  const trace = [...sampleTraces({ seed, perKind: 1 })][k]!;
  const run = openCase(trace.kind, trace.input);
  let previous = Date.parse(trace.start);
  for (const s of trace.steps) {
    run.send(s.event, (Date.parse(s.time) - previous) / 86_400_000);
    previous = Date.parse(s.time);
  }
  return JSON.parse(JSON.stringify(persistCase(run))) as Save;
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
const refusesEdits = (restore: (data: Save) => unknown) =>
  fc.property(savedCase, fc.nat(), fc.nat(edits.length - 1), (save, at, which) => {
    fc.pre(save.trace.steps.length > 0);
    const edited = structuredClone(save);
    edits[which]!(edited.trace.steps[at % edited.trace.steps.length]!);
    expect(() => restore(edited)).toThrow(InputError);
  });

describe('replayCase (restore replays the save)', () => {
  it('restores every case the machine made, unchanged', () =>
    fc.assert(
      fc.property(savedCase, (save) => {
        expect(JSON.stringify(restoreCase(save).trace())).toBe(JSON.stringify(save.trace));
      }),
      { numRuns: 50 },
    ));
  it('refuses any edited step', () => fc.assert(refusesEdits(restoreCase), { numRuns: 50 }));
  it('catches a restore that checks only where the last step goes (the check before replaying)', () => {
    const lastStepOnly = (save: Save) => {
      const last = save.trace.steps.at(-1);
      if (last && last['to'] !== (save.snapshot as { value: unknown }).value) throw new InputError('the last step goes elsewhere');
    };
    expect(fc.check(refusesEdits(lastStepOnly), { numRuns: 50 }).failed).toBe(true);
  });
});
