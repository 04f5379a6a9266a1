import { describe, expect, it } from 'vitest';
import type { RecordResult } from '../../../../src/record/RecordCheck.js';
import { recordChart } from '../../../../src/report/html/recordChart.js';

const check = (over: Partial<RecordResult>): RecordResult => ({
  id: 'c',
  source: 's',
  says: 'x',
  use: 'validation',
  measure: { kind: 'k', outcome: 'o' },
  expect: { atMost: 0.5 },
  model: { estimate: 0.8, ci95: [0.75, 0.85] },
  verdict: 'inconsistent',
  ...over,
});

/** The shaded range's left and right ends, and the model interval's. */
const geometry = (svg: string) => {
  const rect = /class="expected" x="([\d.]+)" y="4" width="([\d.]+)"/.exec(svg)!;
  const model = /class="model" d="M([\d.]+) 15H([\d.]+)/.exec(svg);
  return { expected: [Number(rect[1]), Number(rect[1]) + Number(rect[2])], model: model ? [Number(model[1]), Number(model[2])] : null };
};

describe('recordChart', () => {
  it('draws a share on 0–100%: "at most 50%" shades the left half, the model interval sits where its numbers say', () => {
    const g = geometry(recordChart(check({})));
    expect(g.expected[0]).toBe(12);
    expect(g.expected[1]).toBeCloseTo(12 + 0.5 * 276, 0);
    expect(g.model![0]).toBeCloseTo(12 + 0.75 * 276, 0);
    expect(g.model![1]).toBeCloseTo(12 + 0.85 * 276, 0);
  });

  it('puts a time on an axis that holds both the range and the interval, the interval inside a consistent range', () => {
    const svg = recordChart(check({ measure: { kind: 'k', outcome: 'o', quantile: 0.5 }, expect: { atLeast: 30 }, model: { estimate: 80, ci95: [78, 82] }, verdict: 'consistent' }));
    const g = geometry(svg);
    expect(g.model![0]).toBeGreaterThan(g.expected[0]!);
    expect(g.model![1]).toBeLessThanOrEqual(g.expected[1]!);
    expect(svg).toContain('#1b7f3b');
  });

  it('says "no estimate" when the model has none', () => {
    const svg = recordChart(check({ model: { estimate: null, ci95: null }, verdict: 'undecided' }));
    expect(geometry(svg).model).toBeNull();
    expect(svg).toContain('>no estimate</text>');
  });
});
