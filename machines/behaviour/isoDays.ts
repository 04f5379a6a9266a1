/**
 * Calendar arithmetic on `YYYY-MM-DD` strings without `Date`: day numbers since 1970-01-01 by
 * Howard Hinnant's civil-from-days algorithms (public domain), exact for the proleptic Gregorian
 * calendar. Drawing a case's dates is in the simulation's inner loop; `Date` objects and
 * `toISOString` cost more than the rest of a case.
 */

/** The day number (days since 1970-01-01) of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  let y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The `YYYY-MM-DD` date of a day number (days since 1970-01-01). */
export function isoDate(day: number): string {
  const z = Math.floor(day) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${two(m)}-${two(d)}`;
}

const known = new Map<string, number>();

/** `dayNumber`, remembered: the inner loop asks again and again for the same few dates. */
export function dayNumberOf(date: string): number {
  let n = known.get(date);
  if (n === undefined) {
    n = dayNumber(date);
    if (known.size < 1024) known.set(date, n);
  }
  return n;
}

// Dates by whole day number, in a packed window of WINDOW days (about 45 years) around the first
// day asked; a day outside it is built each time, as `isoDate` does.
const WINDOW = 16384;
let windowStart: number | undefined;
const window: string[] = [];

/**
 * `isoDate`, remembered for whole day numbers: drivers date every case, over a few thousand
 * days, and the same string each time costs no building (and hashes once as a table key).
 */
export function isoDateOf(day: number): string {
  if (windowStart === undefined) {
    windowStart = Math.floor(day) - WINDOW / 2;
    window.length = WINDOW;
    window.fill('');
  }
  const at = day - windowStart;
  if (at >= 0 && at < WINDOW && (at | 0) === at) return (window[at] ||= isoDate(day));
  return isoDate(day);
}

/** A `YYYY-MM-DD` date moved by a whole number of days. */
export function addDays(date: string, days: number): string {
  return isoDateOf(dayNumberOf(date) + days);
}
