import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { caseKindNames, caseModel } from '../case/caseModel.js';
import type { Trace } from '../case/Trace.js';
import type { TraceSource } from './TraceSource.js';

/** Options of the OCEL writer. */
export interface OcelOptions {
  /** The case kinds whose event and object types to declare. @defaultValue every kind */
  readonly kinds?: readonly string[];
}

const PERSON = 'person';
const OFFICE = 'office';
const stringAttrs = (names: readonly string[]) => names.map((name) => ({ name, type: 'string' }));

/** The objects one case contributes: the case itself and the person it concerns. */
function caseObjects(trace: Trace): object[] {
  const end = trace.steps.at(-1)?.time ?? trace.start;
  const facts = Object.entries(trace.input)
    .filter(([k]) => k !== 'caseId')
    .map(([name, value]) => ({ name, value: String(value), time: trace.start }));
  return [
    {
      id: `case:${trace.caseId}`,
      type: trace.kind,
      attributes: [...facts, { name: 'outcome', value: trace.outcome ?? 'open', time: end }],
      relationships: [{ objectId: `person:${trace.caseId}`, qualifier: 'concerns' }],
    },
    { id: `person:${trace.caseId}`, type: PERSON, attributes: [], relationships: [] },
  ];
}

/**
 * Streams an OCEL 2.0 JSON log (eventTypes, objectTypes, events, objects). Each step is an event
 * related to its case ("case"), the person ("actor" when they act, else "subject") and the acting
 * office ("actor"). Objects are spooled to a temporary file while events stream, so memory stays
 * flat however many cases there are; the file is removed at the end.
 */
export async function* ocelLog(traces: TraceSource, options: OcelOptions = {}): AsyncGenerator<string> {
  const models = (options.kinds ?? caseKindNames()).map(caseModel);
  const eventTypes = [...new Set(models.flatMap((m) => m.events))].map((name) => ({
    name,
    attributes: stringAttrs(['kind', 'state_from', 'state_to', 'clauses']),
  }));
  const objectTypes = [
    ...models.map((m) => ({ name: m.kind, attributes: stringAttrs([...Object.keys(m.facts).filter((f) => f !== 'caseId'), 'outcome']) })),
    { name: PERSON, attributes: [] },
    { name: OFFICE, attributes: [] },
  ];
  yield `{"eventTypes":${JSON.stringify(eventTypes)},"objectTypes":${JSON.stringify(objectTypes)},"events":[`;

  const dir = mkdtempSync(join(tmpdir(), 'cable1957-ocel-'));
  try {
    const spoolPath = join(dir, 'objects.jsonl');
    const spool = createWriteStream(spoolPath, 'utf8');
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
      if (!spool.write(lines)) await once(spool, 'drain');
    }
    spool.end();
    await once(spool, 'close');

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
    rmSync(dir, { recursive: true, force: true });
  }
}
