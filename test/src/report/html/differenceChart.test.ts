import { describe, expect, it } from 'vitest';
import type { PairedDifference } from '../../../../src/experiment/compare/CompareResult.js';
import { differenceChart } from '../../../../src/report/html/differenceChart.js';

const d = (diff: number, lo: number, hi: number): PairedDifference => ({ a: 0.5, b: 0.5 + diff, diff, ci95: [lo, hi], replications: 5 });
const units = { scale: 100, unit: 'pt', digits: 2, title: 'B − A, percentage points' };
const count = (svg: string, pattern: RegExp) => svg.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
/** The x of the zero line and of each dot, from the drawn SVG. */
const xs = (svg: string) => ({
  zero: Number(/class="zero" d="M([\d.]+) /.exec(svg)![1]),
  dots: [...svg.matchAll(/class="estimate" cx="([\d.]+)"/g)].map((m) => Number(m[1])),
});

describe('differenceChart', () => {
  const rows = [
    { label: 'up', difference: d(0.05, 0.03, 0.07), aside: 'var. ÷ ×4.0' },
    { label: 'straddles', difference: d(0.01, -0.01, 0.03), aside: '' },
    { label: 'down', difference: d(-0.2, -0.25, -0.15), aside: '' },
    { label: 'none', difference: null, aside: 'no median' },
  ];
  const svg = differenceChart({ chart: 'share-diff', kind: 'k' }, rows, units, 'test');

  it('draws a dot and a whisker per paired row, none for a row with nothing to pair, and one zero line', () => {
    expect(count(svg, /<g class="difference"/)).toBe(4);
    expect(count(svg, /class="estimate"/)).toBe(3);
    expect(count(svg, /class="interval"/)).toBe(3);
    expect(count(svg, /class="zero"/)).toBe(1);
    expect(svg).toMatch(/^<svg data-chart="share-diff" data-kind="k" /);
  });

  it('marks exactly the intervals that exclude zero', () => {
    expect([...svg.matchAll(/data-label="(\w+)" data-excludes-zero="(\w+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['up', 'true'],
      ['straddles', 'false'],
      ['down', 'true'],
      ['none', 'false'],
    ]);
  });

  it('puts the dots on the right side of zero, in proportion', () => {
    const { zero, dots } = xs(svg);
    const [up, straddles, down] = dots as [number, number, number];
    expect(up).toBeGreaterThan(zero);
    expect(down).toBeLessThan(zero);
    expect((zero - down) / (up - zero)).toBeCloseTo(4, 1);
    expect((straddles - zero) / (up - zero)).toBeCloseTo(0.2, 1);
  });

  it('writes the numbers in the units asked for', () => {
    expect(svg).toContain('+5.00 pt (95% CI +3.00 … +7.00) · var. ÷ ×4.0');
    expect(svg).toContain('−20.00 pt (95% CI −25.00 … −15.00)');
    expect(svg).toContain('>no median</text>');
  });

  it('all differences zero: still an axis through zero (±1 unit), every dot on it', () => {
    const flat = differenceChart({ chart: 'x' }, [{ label: 'same', difference: d(0, 0, 0), aside: '' }], units, 'flat');
    const { zero, dots } = xs(flat);
    expect(dots).toEqual([zero]);
    expect(flat).toContain('>−1.0</text>');
    expect(flat).toContain('>+1.0</text>');
  });

  it('escapes labels', () => {
    expect(differenceChart({ chart: 'x' }, [{ label: '<b>', difference: null, aside: '"' }], units, '<')).not.toMatch(/<b>|aria-label="<"/);
  });
});
