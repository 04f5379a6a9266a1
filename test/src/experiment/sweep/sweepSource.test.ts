import { describe, expect, it } from 'vitest';
import { resolveSweep } from '../../../../src/experiment/sweep/loadSweep.js';
import { sweepSource } from '../../../../src/experiment/sweep/sweepSource.js';

// A partial result carries its sweep as sweepSource writes it, and merge resolves that again: it
// must give back the very design (the scenario in full, every point), or merged bytes would differ.
describe('sweepSource', () => {
  const scenario = { name: 's', seed: 9, population: { chineseResidentInKorea: { count: 30 } } };
  it.each([
    ['a grid (values in no order, a count key)', { scenario, grid: { 'probabilities.koreaHandsOver': [0.8, 0.2, 0.5], 'population.emigrationApplication.count': [30, 10] }, targets: [{ kind: 'emigrationApplication', outcome: 'departed', halfWidth: 0.05 }] }],
    ['a Latin hypercube', { scenario, seed: 4, points: 7, ranges: { 'probabilities.koreaHandsOver': [0, 1], 'durations.handover.median': [7, 365] }, batch: 3, maxReplications: 11 }],
  ])('resolves back to the design it came from: %s', (_name, file) => {
    const design = resolveSweep(file, 'a.yaml');
    const again = resolveSweep(JSON.parse(JSON.stringify(sweepSource(design))), 'b.yaml');
    expect(JSON.stringify({ ...again, where: '' })).toBe(JSON.stringify({ ...design, where: '' }));
    expect(sweepSource(design)['seed']).toBe(design.scenario.seed);
  });
});
