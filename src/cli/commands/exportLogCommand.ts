import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { checkTrace } from '../../case/checkTrace.js';
import { escapeControls } from '../../case/escapeControls.js';
import { replayTrace } from '../../case/replayTrace.js';
import { sampleTraces } from '../../case/sampleTraces.js';
import type { Trace } from '../../case/Trace.js';
import { InputError } from '../../InputError.js';
import { eventLog, eventLogFormats } from '../../eventLog/eventLog.js';
import { emit } from '../emit.js';
import { checkOutPath } from '../checkOutPath.js';
import type { CliIO } from '../io.js';
import { oneOf, parseCommandArgs } from '../parseCommandArgs.js';
import { parseSeed } from '../parseSeed.js';

const help = `Usage: cable1957 export-log --format ocel|xes|csv [--traces FILE|-] [--out FILE]

Writes traces as an event log for process-mining tools: OCEL 2.0 JSON (pm4py's
read_ocel2_json), XES (ProM, pm4py, Disco) or CSV (case_id, activity, timestamp, resource, ...).
The log is streamed: a million traces never sit in memory.

Options:
  --format   ocel, xes or csv (required)
  --traces   JSON lines, one trace per line (as "cable1957 case --format json" prints them);
             "-" reads standard input; without it, a small built-in sample of every kind.
             Each trace is replayed through its machine and must reproduce its steps and
             outcome; case ids must be unique (they name the cases in the log)
  --seed     seed of the built-in sample, 0 to 2^53 − 1 (default 1957)
  --out      write to FILE (atomically: a failed run leaves no partial file); default stdout
`;

/**
 * Reads traces from a JSON-lines file (or stdin): each line is checked for shape, replayed through
 * its machine, and its case id checked unused so far; errors name file:line (both lines for a
 * repeated id). Each id seen is kept with its line, so a repeat is found however far apart;
 * memory grows with the number of cases by their ids only.
 */
async function* readTraces(path: string): AsyncGenerator<Trace> {
  const name = path === '-' ? 'stdin' : path;
  const stream = path === '-' ? process.stdin : createReadStream(path, 'utf8');
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('error', (e: NodeJS.ErrnoException) => reject(new InputError(`${name}: cannot read the file (${e.code ?? e.message})`)));
    stream.once('readable', () => resolve());
    stream.once('end', () => resolve());
  });
  await opened;
  const seen = new Map<string, number>();
  let n = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    // A byte-order mark (Windows editors write one) is not part of the first trace.
    const text = n === 1 && line.startsWith('\uFEFF') ? line.slice(1) : line;
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputError(escapeControls(`${name}:${n}: not valid JSON (${(error as Error).message})`));
    }
    const trace = checkTrace(value, `${name}:${n}`);
    replayTrace(trace, `${name}:${n}`);
    const first = seen.get(trace.caseId);
    if (first !== undefined) {
      throw new InputError(escapeControls(`${name}:${n}: case id ${JSON.stringify(trace.caseId)} is already used at ${name}:${first}; case ids must be unique in a log`));
    }
    seen.set(trace.caseId, n);
    yield trace;
  }
}

/** `cable1957 export-log`: traces as an OCEL 2.0, XES or CSV event log. */
export async function exportLogCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('export-log', args, {
    format: { type: 'string' },
    traces: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(help);
    return 0;
  }
  checkOutPath('export-log', 'out', values.out);
  if (values.format === undefined) throw new InputError(`export-log: --format is required (${eventLogFormats.join(', ')})`);
  const format = oneOf('export-log', 'format', values.format, eventLogFormats);
  if (values.seed !== undefined && values.traces !== undefined) {
    throw new InputError('export-log: --seed is for the built-in sample; drop it with --traces');
  }
  const seed = values.seed === undefined ? 1957 : parseSeed('export-log', values.seed);
  const traces = values.traces === undefined ? sampleTraces({ seed }) : readTraces(values.traces);
  const chunks = eventLog(format, traces);
  await emit(io, values.out, chunks);
  return 0;
}
