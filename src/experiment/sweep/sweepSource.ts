import type { SweepDesign } from './SweepDesign.js';

/**
 * A sweep file's content that resolves (`resolveSweep`) to `design` again, with the base scenario
 * written out in full: what names a sweep in its checkpoints and partial results. A merge
 * resolves it instead of trusting it, so a partial carries nothing but a sweep file's checks can
 * refuse. The seed comes first so a checkpoint of another seed is named as such. A grid's lists
 * are read back from its points: the first key varies slowest, so each key's values appear in
 * their listed order. Pure.
 */
export function sweepSource(design: SweepDesign): Record<string, unknown> {
  const shape =
    design.design === 'grid'
      ? { grid: Object.fromEntries(design.keys.map((key, d) => [key, [...new Set(design.points.map((p) => p[d]!))]])) }
      : { points: design.points.length, ranges: Object.fromEntries(design.keys.map((key) => [key, [...design.ranges[key]!]])) };
  return {
    seed: design.scenario.seed,
    scenario: design.scenario,
    ...shape,
    targets: design.targets,
    batch: design.batch,
    maxReplications: design.maxReplications,
  };
}
