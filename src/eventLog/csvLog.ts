import type { TraceSource } from './TraceSource.js';

/** The columns of the CSV event log, in order. */
export const csvLogColumns = ['case_id', 'activity', 'timestamp', 'resource', 'state_from', 'state_to', 'clauses'] as const;

/** Quotes a CSV field when it needs it (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Streams a CSV event log, one row per step: case_id, activity, timestamp, resource (the actor),
 * state_from, state_to, clauses (separated by a space, as in XES and OCEL). Disco and pm4py read
 * it with case id, activity and timestamp mapped. It is the flat table of events: case-level data
 * (kind, facts, outcome, punishment) is in the XES trace attributes and the OCEL case objects.
 */
export async function* csvLog(traces: TraceSource): AsyncGenerator<string> {
  yield `${csvLogColumns.join(',')}\r\n`;
  for await (const trace of traces) {
    let rows = '';
    for (const s of trace.steps) {
      rows += `${[trace.caseId, s.event, s.time, s.actor, s.from, s.to, s.clauses.join(' ')].map(csvField).join(',')}\r\n`;
    }
    if (rows) yield rows;
  }
}
