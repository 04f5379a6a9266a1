import type { Trace } from '../case/Trace.js';

/** Traces to write: any iterable, sync or async, so a million-case log is never held in memory. */
export type TraceSource = Iterable<Trace> | AsyncIterable<Trace>;
