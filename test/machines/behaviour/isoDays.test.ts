import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isoDate } from '../../../machines/behaviour/isoDays.js';

/** Law: the arithmetic agrees with the platform's Date for every day from 1800 to 2200. */
const agreesWithDate = (toIso: (day: number) => string) =>
  fc.property(fc.integer({ min: -62000, max: 84000 }), (day) => {
    const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
    expect(toIso(day)).toBe(expected);
    expect(dayNumber(expected)).toBe(day);
  });

describe('isoDays', () => {
  it('agrees with Date for any day', () => fc.assert(agreesWithDate(isoDate)));
  it('catches a variant that forgets leap years', () => {
    const noLeap = (day: number) => {
      const iso = isoDate(day);
      return iso.endsWith('-02-29') ? `${iso.slice(0, 5)}03-01` : iso;
    };
    expect(fc.check(agreesWithDate(noLeap), { numRuns: 20000 }).failed).toBe(true);
  });
  it.each([
    ['2000-02-29', 11016],
    ['1600-02-29', -135081],
    ['2400-02-29', 157113],
    ['1900-03-01', -25508],
    ['0999-12-31', -354286],
  ])('knows %s, including 400-year leap days and early years', (date, day) => {
    expect(isoDate(day)).toBe(date);
    expect(dayNumber(date)).toBe(day);
    expect(new Date(day * 86_400_000).toISOString().slice(0, 10)).toBe(date);
  });
  it('moves dates', () => {
    expect(addDays('1957-12-17', 15)).toBe('1958-01-01');
    expect(addDays('1960-03-01', -1)).toBe('1960-02-29');
    expect(dayNumber('1970-01-01')).toBe(0);
  });
});
