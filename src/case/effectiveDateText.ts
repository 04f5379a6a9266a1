import { effectiveDateOf, resolveReadings } from '../../machines/index.js';

/**
 * The effective date a selection of readings gives, and how messages name it:
 * `effective date 1957-12-17 (reading effectiveDate=issued)`. The date comes from `machines/`
 * (`effectiveDateOf`), never from here: it is a reading, not a constant of the engine.
 */
export function effectiveDateText(readings: Readonly<Record<string, string>>): { readonly date: string; readonly text: string } {
  const date = effectiveDateOf(readings);
  return { date, text: `effective date ${date} (reading effectiveDate=${resolveReadings(readings)['effectiveDate']})` };
}
