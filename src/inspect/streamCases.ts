import { openCase, type InspectionObserver } from '../case/openCase.js';
import type { Trace } from '../case/Trace.js';
import type { CaseScript } from './scriptCases.js';

/** Options for streaming cases to an inspector. */
export interface StreamOptions {
  /** The inspection observer every case's actor reports to. */
  readonly inspect: InspectionObserver;
  /** Milliseconds to wait between events, so a person can watch. @defaultValue 500 */
  readonly paceMs?: number;
  /** Hears of each case as it ends. */
  readonly onCase?: (trace: Trace) => void;
  /** Stops streaming between events. */
  readonly signal?: AbortSignal;
}

/**
 * Replays case scripts as XState actors that report to an inspector, event by event at a
 * human pace; each event carries its simulated time as `at`. Returns the traces.
 */
export async function streamCases(scripts: readonly CaseScript[], options: StreamOptions): Promise<Trace[]> {
  const pace = options.paceMs ?? 500;
  const traces: Trace[] = [];
  for (const script of scripts) {
    const run = openCase(script.kind, script.input, {
      startDate: script.startDate,
      inspect: options.inspect,
      eventDetails: ({ time }) => ({ at: time }),
    });
    for (const e of script.events) {
      await new Promise((r) => setTimeout(r, pace));
      if (options.signal?.aborted) return traces;
      run.send(e.type, e.afterDays);
    }
    const trace = run.trace();
    traces.push(trace);
    options.onCase?.(trace);
  }
  return traces;
}
