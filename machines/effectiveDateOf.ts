import { effectiveDates, resolveReadings } from './readings.js';

/**
 * The date (YYYY-MM-DD) the cable's rules apply from under a selection of readings (reading
 * `effectiveDate`; the cable's own date by default). No step of any case may be dated before it;
 * generic code calls this rather than hard-coding a date. Throws on an unknown reading or option.
 */
export function effectiveDateOf(selection: Readonly<Record<string, string>> = {}): string {
  return effectiveDates[resolveReadings(selection).effectiveDate as keyof typeof effectiveDates];
}
