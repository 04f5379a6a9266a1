import { describe, expect, it } from 'vitest';
import { baselineScenario as text } from '../../../machines/scenarios/baseline.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';
import type { Scenario } from '../../../src/scenario/Scenario.js';
import { simulate } from '../../../src/simulate/simulate.js';

/** The verdict of one record check on a run of `scenario` with two replications. */
async function verdict(scenario: Scenario, id: string): Promise<string | undefined> {
  const result = await simulate({ ...scenario, replications: 2 });
  return result.record?.find((r) => r.id === id)?.verdict;
}

/** The comment on the scenario line that sets `key` under `section` (the first after it). */
function commentOf(section: string, key: string): string {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.trimStart().startsWith(`${section}:`));
  const line = lines.slice(from).find((l) => new RegExp(`^\\s+${key}:`).test(l));
  return line?.split(' # ')[1] ?? '';
}

describe('baselineScenario (the embedded YAML)', () => {
  it('assumes the 1955 Record\u2019s handover as on paper, and says so', () => {
    expect(baselineScenario().probabilities.koreaHandsOver).toBe(1);
    expect(commentOf('probabilities', 'koreaHandsOver')).toMatch(/^assumption, practice as on paper: 4a .*1955 Record/);
  });

  it('does not use what Shen\u2019s 600 households count (departures, Jilin, 1957-58) as a count of applications', () => {
    const comment = commentOf('emigrationApplication', 'count');
    expect(comment).toMatch(/^assumption/);
    expect(comment).toMatch(/not Shen's figure/);
  });

  it('reads no share into two lower bounds (Shen\u2019s 50,000 gone, 40,000 back)', () => {
    expect(commentOf('probabilities', 'agreesToReturn')).toMatch(/^assumption.*do not/);
    expect(text).toMatch(/Context only: two lower bounds/);
  });

  it('does not time clause-1 mobilization by the 1961 Jilin practice (clause 2\u2019s population)', () => {
    const comment = commentOf('durations', 'mobilization');
    expect(comment).toMatch(/^assumption/);
    expect(comment).not.toMatch(/persuasion attempts|1961|Jilin/);
  });

  it('dates the first files as the notes do (6 April 1958) and says three years, not a first year', () => {
    expect(text).toContain('on 6 April 1958 the DPRK handed over its first files');
    expect(text).not.toMatch(/files \(March 1958\)|first year|scale of the early returns/);
    expect(baselineScenario().horizonDays).toBe(1095);
  });

  it('under the paper practice (repatriation in weeks), the DPRK’s complaint of 20 Feb 1959 contradicts it; a practice that repatriates nobody within the run is consistent', async () => {
    const b = baselineScenario();
    expect(await verdict(b, 'dprk-complaint-1959')).toBe('inconsistent');
    const slow = { ...b, durations: { ...b.durations, repatriation: { dist: 'fixed', days: 2000 } as const } };
    expect(await verdict(slow, 'dprk-complaint-1959')).toBe('consistent');
  });

  it('meets Shen’s bound on Jilin departures by construction at 600 applications, and not at 5,000: the count is what calibration tests', async () => {
    const b = baselineScenario();
    expect(await verdict(b, 'jilin-legal-emigration-1957-58')).toBe('consistent');
    const many = { ...b, population: { ...b.population, emigrationApplication: { ...b.population['emigrationApplication']!, count: 5000 } } };
    expect(await verdict(many, 'jilin-legal-emigration-1957-58')).toBe('inconsistent');
  });
});
