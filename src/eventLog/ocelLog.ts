import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { caseKindNames, caseModel } from '../case/caseModel.js';
import type { Trace } from '../case/Trace.js';
import { InputError } from '../InputError.js';
import { caseAttributes, caseAttributeTypes } from './caseAttributes.js';
import type { TraceSource } from './TraceSource.js';

/** Options of the OCEL writer. */
export interface OcelOptions {
  /** The case kinds whose event and object types to declare. @defaultValue every kind */
  readonly kinds?: readonly string[];
}

const PERSON = 'person';
const OFFICE = 'office';
const stringAttrs = (names: readonly string[]) => names.map((name) => ({ name, type: 'string' }));

/** The objects one case contributes: the case itself (its typed facts, outcome, punishment) and the person it concerns. */
function caseObjects(trace: Trace): object[] {
  const end = trace.steps.at(-1)?.time ?? trace.start;
  // Facts hold from the start; the outcome and any punishment are what the case came to at its end.
  const attributes = caseAttributes(trace).map(({ name, value }) => ({ name, value, time: name === 'outcome' || name === 'punishment' ? end : trace.start }));
  return [
    {
      id: `case:${trace.caseId}`,
      type: trace.kind,
      attributes,
      relationships: [{ objectId: `person:${trace.caseId}`, qualifier: 'concerns' }],
    },
    { id: `person:${trace.caseId}`, type: PERSON, attributes: [], relationships: [] },
  ];
}

/** Makes the spool folder, or says in one line why it cannot (e.g. TMPDIR names a missing folder). */
function makeSpoolDir(): string {
  try {
    return mkdtempSync(join(tmpdir(), 'cable1957-ocel-'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(`OCEL: cannot make a temporary folder in "${tmpdir()}" (${code}); set TMPDIR to a writable folder`);
  }
}

/**
 * Streams an OCEL 2.0 JSON log (eventTypes, objectTypes, events, objects). Each step is an event
 * related to its case ("case"), the person ("actor" when they act, else "subject") and the acting
 * office ("actor"). Case objects carry their facts, outcome and punishment, typed (booleans as
 * `boolean`, dates as `time`). Objects are spooled to a temporary file while events stream, so
 * memory stays flat however many cases there are; the file is removed at the end. Case ids must
 * be unique: they make the object and event ids.
 */
export async function* ocelLog(traces: TraceSource, options: OcelOptions = {}): AsyncGenerator<string> {
  const models = (options.kinds ?? caseKindNames()).map(caseModel);
  const eventTypes = [...new Set(models.flatMap((m) => m.events))].map((name) => ({
    name,
    attributes: stringAttrs(['kind', 'state_from', 'state_to', 'clauses']),
  }));
  const objectTypes = [
    ...models.map((m) => ({ name: m.kind, attributes: caseAttributeTypes(m.kind) })),
    { name: PERSON, attributes: [] },
    { name: OFFICE, attributes: [] },
  ];
  // The spool folder is made before the first byte is written, so a bad TMPDIR leaves no
  // partial log; it is removed at the end, on an error, and on exit (Ctrl-C, SIGTERM, a closed
  // pipe: the CLI turns each into process.exit, which runs 'exit' listeners but no finally).
  const dir = makeSpoolDir();
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', cleanUp);
  let spool: WriteStream | undefined;
  try {
    yield `{"eventTypes":${JSON.stringify(eventTypes)},"objectTypes":${JSON.stringify(objectTypes)},"events":[`;
    const spoolPath = join(dir, 'objects.jsonl');
    const out = createWriteStream(spoolPath, 'utf8');
    spool = out;
    // A failing spool (a full disk) must reject here, not crash the process as an unheard 'error'.
    const failed = new Promise<never>((_, reject) => out.once('error', reject));
    failed.catch(() => undefined);
    const offices = new Set<string>();
    let firstEvent = true;
    for await (const trace of traces) {
      let chunk = '';
      for (const s of trace.steps) {
        const relationships = [
          { objectId: `case:${trace.caseId}`, qualifier: 'case' },
          { objectId: `person:${trace.caseId}`, qualifier: s.actor === PERSON ? 'actor' : 'subject' },
        ];
        if (s.actor !== PERSON) {
          offices.add(s.actor);
          relationships.push({ objectId: `${OFFICE}:${s.actor}`, qualifier: 'actor' });
        }
        const event = {
          id: `${trace.caseId}:${s.index}`,
          type: s.event,
          time: s.time,
          attributes: [
            { name: 'kind', value: trace.kind },
            { name: 'state_from', value: s.from },
            { name: 'state_to', value: s.to },
            { name: 'clauses', value: s.clauses.join(' ') },
          ],
          relationships,
        };
        chunk += `${firstEvent ? '' : ','}${JSON.stringify(event)}`;
        firstEvent = false;
      }
      if (chunk) yield chunk;
      const lines = caseObjects(trace).map((o) => `${JSON.stringify(o)}\n`).join('');
      if (!out.write(lines)) await Promise.race([once(out, 'drain'), failed]);
    }
    out.end();
    await Promise.race([once(out, 'close'), failed]);

    yield '],"objects":[';
    let firstObject = true;
    for await (const line of createInterface({ input: createReadStream(spoolPath, 'utf8'), crlfDelay: Infinity })) {
      if (!line) continue;
      yield `${firstObject ? '' : ','}${line}`;
      firstObject = false;
    }
    for (const office of [...offices].sort()) {
      yield `${firstObject ? '' : ','}${JSON.stringify({ id: `${OFFICE}:${office}`, type: OFFICE, attributes: [], relationships: [] })}`;
      firstObject = false;
    }
    yield ']}\n';
  } finally {
    spool?.destroy();
    cleanUp();
    process.removeListener('exit', cleanUp);
  }
}
