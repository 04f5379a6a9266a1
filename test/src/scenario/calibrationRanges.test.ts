import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/InputError.js';
import { calibrationRanges } from '../../../src/scenario/calibrationRanges.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';
import type { Scenario } from '../../../src/scenario/Scenario.js';

const lognormalHandover: Scenario = (() => {
  const b = baselineScenario();
  return { ...b, durations: { ...b.durations, handover: { dist: 'lognormal', median: 30, p90: 90 }, screening: { dist: 'exponential', mean: 7 }, review: { dist: 'fixed', days: 10 } } };
})();

const problem = (calibrate: Record<string, unknown>) => {
  try {
    calibrationRanges(calibrate as Record<string, [number, number]>, lognormalHandover, 'mine.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('no error');
};

describe('calibrationRanges', () => {
  it('returns one range per key, in the mapping\u2019s order, with counts marked integer', () => {
    const ranges = calibrationRanges(
      { 'probabilities.koreaHandsOver': [0, 1], 'durations.handover.median': [7, 720], 'population.emigrationApplication.count': [100, 5000] },
      lognormalHandover,
      'mine.yaml',
    );
    expect(ranges.map(({ key, lo, hi, integer }) => ({ key, lo, hi, integer }))).toEqual([
      { key: 'probabilities.koreaHandsOver', lo: 0, hi: 1, integer: false },
      { key: 'durations.handover.median', lo: 7, hi: 720, integer: false },
      { key: 'population.emigrationApplication.count', lo: 100, hi: 5000, integer: true },
    ]);
  });

  describe('apply', () => {
    const [p, median, mean, days, count, share] = calibrationRanges(
      {
        'probabilities.koreaHandsOver': [0, 1],
        'durations.handover.median': [7, 720],
        'durations.screening.mean': [1, 30],
        'durations.review.days': [0, 100],
        'population.emigrationApplication.count': [100, 5000],
        'population.chineseResidentInKorea.crossedAfterCableShare': [0, 1],
      },
      lognormalHandover,
      'mine.yaml',
    );
    it('sets a probability and leaves the scenario it was given untouched', () => {
      const before = JSON.stringify(lognormalHandover);
      const s = p!.apply(lognormalHandover, 0.25);
      expect(s.probabilities.koreaHandsOver).toBe(0.25);
      expect({ ...s, probabilities: { ...s.probabilities, koreaHandsOver: lognormalHandover.probabilities.koreaHandsOver } }).toEqual(lognormalHandover);
      expect(JSON.stringify(lognormalHandover)).toBe(before);
    });
    it('moves a lognormal median and keeps p90/median', () => {
      expect(median!.apply(lognormalHandover, 100).durations.handover).toEqual({ dist: 'lognormal', median: 100, p90: 300 });
    });
    it('sets an exponential mean and a fixed duration', () => {
      expect(mean!.apply(lognormalHandover, 12).durations.screening).toEqual({ dist: 'exponential', mean: 12 });
      expect(days!.apply(lognormalHandover, 40).durations.review).toEqual({ dist: 'fixed', days: 40 });
    });
    it('rounds a count and sets a share setting of a kind', () => {
      expect(count!.apply(lognormalHandover, 1234.6).population['emigrationApplication']).toEqual({ count: 1235, submittedWithinDays: 365 });
      expect(share!.apply(lognormalHandover, 0.4).population['chineseResidentInKorea']?.['crossedAfterCableShare']).toBe(0.4);
    });
  });

  describe('refuses, in one line naming the file, the key, what it found and what it expected', () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['an unknown section', { 'readings.x': [0, 1] }, /^mine\.yaml: calibrate\.readings\.x: found no such assumption, expected probabilities\.<key>, durations/],
      ['an unknown probability', { 'probabilities.nope': [0, 1] }, /^mine\.yaml: calibrate\.probabilities\.nope: found no such assumption, expected a probability key \(one of: hasCrimeOrPendingCase, /],
      ['a probability range beyond [0, 1]', { 'probabilities.koreaHandsOver': [0, 1.5] }, /^mine\.yaml: calibrate\.probabilities\.koreaHandsOver: found \[0, 1\.5\], expected a range within \[0, 1\]$/],
      ['lo ≥ hi', { 'probabilities.koreaHandsOver': [0.5, 0.5] }, /: found \[0\.5, 0\.5\], expected lo < hi$/],
      ['a range that is not two numbers', { 'probabilities.koreaHandsOver': [0.5] }, /: found \[0\.5\], expected \[lo, hi\]: two finite numbers$/],
      ['a non-finite end', { 'durations.handover.median': [7, Infinity] }, /calibrate\.durations\.handover\.median: found \[7, Infinity \(\.inf or an overflowing number such as 1e999\)\], expected \[lo, hi\]: two finite numbers$/],
      ['NaN', { 'probabilities.koreaHandsOver': [NaN, 1] }, /: found \[NaN \(\.nan, not a number\), 1\], expected \[lo, hi\]: two finite numbers$/],
      ['a string', { 'probabilities.koreaHandsOver': 'all' }, /: found "all", expected \[lo, hi\]: two finite numbers$/],
      ['a median of a duration that is not lognormal', { 'durations.screening.median': [1, 10] }, /calibrate\.durations\.screening\.median: found no such assumption, expected a lognormal duration for \.median: durations\.screening is exponential in this scenario$/],
      ['a mean of a lognormal', { 'durations.handover.mean': [1, 10] }, /expected an exponential duration for \.mean: durations\.handover is lognormal/],
      ['an unknown duration parameter', { 'durations.handover.p90': [1, 10] }, /expected durations\.handover\.median \(lognormal\), \.mean \(exponential\) or \.days \(fixed\)$/],
      ['an unknown duration', { 'durations.nope.median': [1, 10] }, /expected a duration key \(one of: screening, /],
      ['a median range reaching 0', { 'durations.handover.median': [0, 10] }, /: found \[0, 10\], expected a range of days > 0$/],
      ['an unknown kind', { 'population.nobody.count': [0, 10] }, /expected a case kind \(one of: chineseResidentInKorea, /],
      ['an unknown setting', { 'population.emigrationApplication.share': [0, 1] }, /expected a setting of emigrationApplication \(one of: count, submittedWithinDays\)$/],
      ['a negative count', { 'population.emigrationApplication.count': [-1, 10] }, /: found \[-1, 10\], expected a range of counts from 0 to 1e9$/],
      ['a count range with no integer', { 'population.emigrationApplication.count': [1.2, 1.8] }, /: found \[1\.2, 1\.8\], expected a range holding an integer$/],
      ['a share setting beyond 1', { 'population.chineseResidentInKorea.crossedAfterCableShare': [0, 2] }, /expected a range within \[0, 1\]$/],
      ['a key too short', { probabilities: [0, 1] }, /calibrate\.probabilities: found no such assumption/],
      ['an inherited name', { 'probabilities.__proto__': [0, 1] }, /calibrate\.probabilities\.__proto__: found no such assumption/],
      ['an inherited kind', { 'population.constructor.count': [0, 1] }, /calibrate\.population\.constructor\.count: found no such assumption/],
    ];
    for (const [what, calibrate, message] of cases) {
      it(what, () => {
        const text = problem(calibrate);
        expect(text).toMatch(message);
        expect(text).not.toContain('\n');
      });
    }
  });
});
