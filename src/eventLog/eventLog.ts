import { csvLog } from './csvLog.js';
import { ocelLog, type OcelOptions } from './ocelLog.js';
import type { TraceSource } from './TraceSource.js';
import { xesLog } from './xesLog.js';

/** The event-log formats: OCEL 2.0 JSON, XES (IEEE 1849), CSV. */
export const eventLogFormats = ['ocel', 'xes', 'csv'] as const;

/** One of the event-log formats. */
export type EventLogFormat = (typeof eventLogFormats)[number];

/** Streams traces as an event log in `format`, chunk by chunk. */
export function eventLog(format: EventLogFormat, traces: TraceSource, options: OcelOptions = {}): AsyncGenerator<string> {
  if (format === 'ocel') return ocelLog(traces, options);
  if (format === 'xes') return xesLog(traces);
  return csvLog(traces);
}
