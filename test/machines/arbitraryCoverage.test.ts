import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyReadings, caseMachines, readings } from '../../machines/index.js';
import { caseInputs, eventAlphabet, irrelevantEvents, moves } from '../laws/arbitraries.js';
import { machineShape } from '../laws/machineShape.js';
import { runMoves } from '../laws/runMoves.js';

const alphabet = eventAlphabet(Object.values(caseMachines));
const inputs = caseInputs;

// The properties are only as strong as the runs they see: check that 2,000 generated runs per
// machine visit every state and take every (source, event, target) of the statechart, and that
// the noise includes irrelevant, repeated and out-of-order events.
describe('the arbitraries behind the properties', () => {
  it.each(Object.keys(caseMachines) as (keyof typeof caseMachines)[])('cover every state and transition of %s', (kind) => {
    const machine = caseMachines[kind];
    const shape = machineShape(machine);
    // Some transitions exist for a non-default reading only: run every option of every reading.
    const variants = [
      machine,
      ...Object.entries(readings).flatMap(([id, r]) => Object.keys(r.options).map((o) => applyReadings(machine, { [id]: o }))),
    ];
    const seenStates = new Set<string>();
    const seenSteps = new Set<string>();
    let ignored = 0;
    let repeated = 0;
    const samples = fc.sample(fc.tuple(inputs[kind] as fc.Arbitrary<unknown>, moves(alphabet)), { numRuns: 2000, seed: 1957 });
    for (const [i, [input, ms]] of samples.entries()) {
      const run = runMoves(variants[i % variants.length]!, input, ms);
      run.visited.forEach((s) => seenStates.add(s));
      run.handled.forEach(([e, from, to]) => seenSteps.add(`${from} ${e} ${to}`));
      ignored += run.sent.length - run.steps.length;
      repeated += run.sent.filter((e, i) => i > 0 && run.sent[i - 1] === e).length;
    }
    // A case is only ever in a leaf; a transition written on a compound state (clause 3 on
    // `open`) counts as taken when it fires from any leaf inside.
    expect([...seenStates].sort()).toEqual(shape.states.filter((s) => !s.compound).map((s) => s.name).sort());
    const leavesOf = (from: string | null) => shape.states.find((s) => s.name === from)?.leaves ?? [];
    const untaken = shape.transitions
      .filter((t) => !leavesOf(t.from).some((leaf) => seenSteps.has(`${leaf} ${t.event} ${t.to ?? leaf}`)))
      .map((t) => `${t.from} ${t.event} ${t.to}`);
    expect(untaken).toEqual([]);
    expect(ignored).toBeGreaterThan(1000);
    expect(repeated).toBeGreaterThan(100);
    expect(alphabet).toEqual(expect.arrayContaining([...irrelevantEvents]));
  });
});
