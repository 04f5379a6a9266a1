import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleTraces } from '../../../src/case/sampleTraces.js';
import type { Trace } from '../../../src/case/Trace.js';
import { csvLog, csvLogColumns } from '../../../src/eventLog/csvLog.js';
import { eventLog, type EventLogFormat } from '../../../src/eventLog/eventLog.js';
import { caseWalk, walkTrace } from '../../laws/caseWalks.js';

const schema = JSON.parse(readFileSync(new URL('../../fixtures/ocel2-schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateOcel = ajv.compile(schema);

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const c of chunks) s += c;
  return s;
}
const write = (format: EventLogFormat, traces: Iterable<Trace>) => text(eventLog(format, traces));

/** Generated traces with distinct case ids (any characters). */
const traceSets = () =>
  fc.array(caseWalk(), { minLength: 1, maxLength: 4 }).map((walks) => walks.map((w, i) => walkTrace({ ...w, facts: { ...w.facts, caseId: `${String(w.facts['caseId'])}#${i}` } })));

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, htmlEntities: true, isArray: (name) => ['trace', 'event', 'string', 'date', 'boolean', 'extension'].includes(name) });
type XesAttr = { key: string; value: string };
type XesNode = { string?: XesAttr[]; date?: XesAttr[]; event?: XesNode[] };
const attr = (node: XesNode, key: string) => [...(node.string ?? []), ...(node.date ?? [])].find((a) => a.key === key)?.value;

/** The first well-formedness error a conformant XML parser (saxes) reports, or null. */
function wellFormednessError(text: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | null = null;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.write(text).close();
  return error;
}

/** XES law: well-formed XML, extensions declared, one trace per case with its id, events in time order with the step's data. */
function xesIsFaithful(writer: (traces: Trace[]) => Promise<string>) {
  return fc.asyncProperty(traceSets(), async (traces) => {
    const out = await writer(traces);
    const problem = wellFormednessError(out);
    if (problem) throw new Error(`not well-formed XML: ${problem}`);
    const log = xml.parse(out).log as { extension: { prefix: string }[]; trace?: XesNode[] };
    expect(log.extension.map((e) => e.prefix)).toEqual(['concept', 'time', 'lifecycle', 'org']);
    expect(log.trace ?? []).toHaveLength(traces.length);
    (log.trace ?? []).forEach((t, i) => {
      const trace = traces[i]!;
      expect(attr(t, 'concept:name')).toBe(trace.caseId);
      const events = t.event ?? [];
      expect(events.map((e) => attr(e, 'concept:name'))).toEqual(trace.steps.map((s) => s.event));
      expect(events.map((e) => attr(e, 'org:resource'))).toEqual(trace.steps.map((s) => s.actor));
      const times = events.map((e) => attr(e, 'time:timestamp')!);
      for (const time of times) expect(time).toMatch(/T\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
      expect(times.map((x) => Date.parse(x))).toEqual([...times.map((x) => Date.parse(x))].sort((a, b) => a - b));
    });
  });
}

/** CSV law: parsing the CSV gives back exactly the steps. */
function csvRoundTrips(writer: (traces: Trace[]) => Promise<string>) {
  return fc.asyncProperty(traceSets(), async (traces) => {
    const rows = parseCsv(await writer(traces), { columns: true }) as Record<string, string>[];
    const expected = traces.flatMap((t) =>
      t.steps.map((s) => ({ case_id: t.caseId, activity: s.event, timestamp: s.time, resource: s.actor, state_from: s.from, state_to: s.to, clauses: s.clauses.join(';') })),
    );
    expect(rows).toEqual(expected);
  });
}

interface OcelLog {
  eventTypes: { name: string }[];
  objectTypes: { name: string }[];
  events: { id: string; type: string; relationships: { objectId: string }[] }[];
  objects: { id: string; type: string }[];
}

/** OCEL law: valid against the OCEL 2.0 schema; every event typed and related to objects that exist. */
function ocelIsFaithful(writer: (traces: Trace[]) => Promise<string>) {
  return fc.asyncProperty(traceSets(), async (traces) => {
    const log = JSON.parse(await writer(traces)) as OcelLog;
    if (!validateOcel(log)) throw new Error(`invalid OCEL: ${ajv.errorsText(validateOcel.errors)}`);
    const objects = new Set(log.objects.map((o) => o.id));
    const types = new Set(log.eventTypes.map((t) => t.name));
    const objectTypes = new Set(log.objectTypes.map((t) => t.name));
    expect(log.events).toHaveLength(traces.reduce((n, t) => n + t.steps.length, 0));
    for (const e of log.events) {
      expect(types.has(e.type)).toBe(true);
      for (const r of e.relationships) if (!objects.has(r.objectId)) throw new Error(`event ${e.id} relates to missing object ${r.objectId}`);
    }
    for (const o of log.objects) expect(objectTypes.has(o.type)).toBe(true);
    expect(new Set(log.events.map((e) => e.id)).size).toBe(log.events.length);
  });
}

describe('event logs', () => {
  describe('XES (IEEE 1849)', () => {
    it('is well-formed, declares its extensions and globals, and keeps each trace in time order', () =>
      fc.assert(xesIsFaithful((t) => write('xes', t)), { numRuns: 200 }));
    it('catches a writer that does not escape markup', async () => {
      const unescaped = async (t: Trace[]) => (await write('xes', t)).replace(/&lt;/g, '<').replace(/&amp;/g, '&');
      await expectToFailAsync(xesIsFaithful(unescaped));
    });
    it('declares the global defaults and a timezone on every timestamp', async () => {
      const out = await write('xes', sampleTraces());
      expect(out).toContain('<global scope="event">');
      expect(out).toContain('<string key="lifecycle:transition" value="complete"/>');
      expect(out).not.toMatch(/key="time:timestamp" value="[^"]*Z"/);
    });
  });

  describe('CSV', () => {
    it('round-trips: parsed back, it gives exactly the steps', () => fc.assert(csvRoundTrips((t) => text(csvLog(t))), { numRuns: 200 }));
    it('catches a writer that does not quote', async () => {
      const naive = async (traces: Trace[]) =>
        [csvLogColumns.join(','), ...traces.flatMap((t) => t.steps.map((s) => [t.caseId, s.event, s.time, s.actor, s.from, s.to, s.clauses.join(';')].join(',')))].join('\n');
      await expectToFailAsync(csvRoundTrips(naive));
    });
  });

  describe('OCEL 2.0 JSON', () => {
    it('validates against the OCEL 2.0 schema, with every relationship pointing at an object', () =>
      fc.assert(ocelIsFaithful((t) => write('ocel', t)), { numRuns: 200 }));
    it('catches a writer that leaves out the person objects', async () => {
      const lossy = async (t: Trace[]) => {
        const log = JSON.parse(await write('ocel', t));
        return JSON.stringify({ ...log, objects: log.objects.filter((o: { type: string }) => o.type !== 'person') });
      };
      await expectToFailAsync(ocelIsFaithful(lossy));
    });
    it('relates each event to its case, the person and the acting office with qualifiers', async () => {
      const log = JSON.parse(await write('ocel', sampleTraces({ perKind: 1 })));
      const e = log.events.find((x: { type: string }) => x.type === 'authorities.screen');
      expect(e.relationships.map((r: { qualifier: string }) => r.qualifier)).toEqual(['case', 'subject', 'actor']);
      expect(log.objectTypes.map((t: { name: string }) => t.name)).toEqual(['chineseResidentInKorea', 'koreanCitizenInChina', 'emigrationApplication', 'person', 'office']);
    });
  });

  it('streams: traces are pulled one at a time as the log is written', async () => {
    let pulled = 0;
    function* counted() {
      for (const t of sampleTraces({ perKind: 3 })) {
        pulled++;
        yield t;
      }
    }
    for (const format of ['csv', 'xes', 'ocel'] as const) {
      pulled = 0;
      const it = eventLog(format, counted())[Symbol.asyncIterator]();
      await it.next();
      await it.next();
      expect(pulled, format).toBeLessThanOrEqual(2);
      while (!(await it.next()).done);
      expect(pulled, format).toBe(9);
    }
  });
});

/** expectToFail for async properties. */
async function expectToFailAsync(property: fc.IAsyncProperty<[Trace[]]>) {
  const details = await fc.check(property, { numRuns: 2000 });
  expect(details.failed, 'the broken variant must violate the property').toBe(true);
  expect(fc.defaultReportMessage(details)).toMatch(/seed/);
}
