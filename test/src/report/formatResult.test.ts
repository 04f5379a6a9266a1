import { describe, expect, it } from 'vitest';
import { formatResult } from '../../../src/report/formatResult.js';
import type { SimulationResult } from '../../../src/simulate/SimulationResult.js';

// A hand-made result: 10 cases, 6 repatriated, 3 open waiting for a handover, 1 open in mobilized.
const result = {
  scenario: { name: 't', startDate: '1957-12-17', horizonDays: 10, readings: {} },
  seed: 1,
  replications: 1,
  engine: 'compiled',
  outcomes: {
    k: {
      repatriated: { count: 6, share: 0.6, ci95: [0.3, 0.85] },
      '(open)': { count: 4, share: 0.4, ci95: [0.15, 0.7] },
    },
  },
  timeToOutcomeDays: { k: { repatriated: { mean: 3, median: 3, p90: 5 } } },
  paths: {
    k: [
      { path: 'detected>repatriated', count: 6, share: 0.6 },
      { path: 'detected>handoverDue', count: 3, share: 0.3 },
      { path: 'detected>mobilized', count: 1, share: 0.1 },
    ],
  },
} as unknown as SimulationResult;

describe('formatResult › table', () => {
  it('says in words where the cases still open at the horizon wait, by state', () => {
    const text = formatResult(result, 'table');
    expect(text).toContain('still open at the horizon (the next step never came before it), waiting in: handoverDue 30.0%, mobilized 10.0%');
  });
  it('says nothing of waiting when every case reached an outcome', () => {
    const closed = { ...result, paths: { k: [{ path: 'detected>repatriated', count: 10, share: 1 }] } } as unknown as SimulationResult;
    expect(formatResult(closed, 'table')).not.toContain('still open');
  });
});
