import { describe, expect, it } from 'vitest';
import { baselineScenario as text } from '../../../machines/scenarios/baseline.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';

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
});
