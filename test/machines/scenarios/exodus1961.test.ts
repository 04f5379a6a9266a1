import { describe, expect, it } from 'vitest';
import { exodus1961Scenario as text } from '../../../machines/scenarios/exodus1961.js';
import { embeddedScenario } from '../../../src/scenario/loadScenario.js';
import type { Scenario } from '../../../src/scenario/Scenario.js';
import { simulate } from '../../../src/simulate/simulate.js';

/** The verdict of one record check on a run of `scenario` with two replications. */
async function verdict(scenario: Scenario, id: string): Promise<string | undefined> {
  const result = await simulate({ ...scenario, replications: 2 });
  return result.record?.find((r) => r.id === id)?.verdict;
}

/** The comment on the first scenario line that sets `key`. */
const commentOf = (key: string) => text.split('\n').find((l) => new RegExp(`^\\s+${key}:`).test(l))?.split(' # ')[1] ?? '';

describe('exodus1961Scenario (the embedded YAML)', () => {
  it('quotes the 24 March 1962 finding as the source words it ("too stringent … too slow")', () => {
    expect(embeddedScenario('exodus1961').description).toContain('"too stringent … too slow"');
    expect(text).not.toMatch(/stringently|slowly/);
  });

  it('makes isJustified an assumption, not a reading of officials\u2019 stringency, and says the model has no such reading', () => {
    const comment = commentOf('isJustified');
    expect(comment).toMatch(/^assumption/);
    expect(comment).toMatch(/no reading for officials applying 4c more strictly than written/);
  });

  it('assumes the Korean side\u2019s handover as on paper: the record, not the scenario, is to contradict it', () => {
    expect(embeddedScenario('exodus1961').probabilities.koreaHandsOver).toBe(1);
    expect(commentOf('koreaHandsOver')).toMatch(/^assumption, practice as on paper/);
  });

  it('labels the figures no parameter uses as context (243 bodies; 4,701 and 3,381; three persuasion attempts; 42.8%)', () => {
    const sources = embeddedScenario('exodus1961').sources;
    for (const figure of ['243 bodies', '4,701 found crossing', 'three persuasion attempts', '42.8%']) {
      const entry = sources.find((s) => s.includes(figure));
      expect(entry, figure).toMatch(/Context only/);
    }
  });

  it('under the default readings and the paper practice, the record contradicts it (not forced back: inconsistent); a Korean side that never hands over is consistent', async () => {
    const s = embeddedScenario('exodus1961');
    expect(await verdict(s, 'jilin1961-not-forced-back')).toBe('inconsistent');
    const never = { ...s, probabilities: { ...s.probabilities, koreaHandsOver: 0 } };
    expect(await verdict(never, 'jilin1961-not-forced-back')).toBe('consistent');
  });

  it('holds out the applications check, and a review as fast as the priority class’s would fail it', async () => {
    const s = embeddedScenario('exodus1961');
    expect(s.record.find((c) => c.id === 'applications-too-slow')?.use).toBe('validation');
    expect(await verdict(s, 'applications-too-slow')).toBe('consistent');
    const fast = { ...s, durations: { ...s.durations, review: { dist: 'fixed', days: 5 } as const, departure: { dist: 'fixed', days: 5 } as const } };
    expect(await verdict(fast, 'applications-too-slow')).toBe('inconsistent');
  });
});
