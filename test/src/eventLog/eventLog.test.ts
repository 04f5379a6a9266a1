import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseModel } from '../../../src/case/caseModel.js';
import { sampleTraces } from '../../../src/case/sampleTraces.js';
import type { Trace } from '../../../src/case/Trace.js';
import { InputError } from '../../../src/InputError.js';
import { csvField, csvLog, csvLogColumns } from '../../../src/eventLog/csvLog.js';
import { eventLog, type EventLogFormat } from '../../../src/eventLog/eventLog.js';
import { ocelLog } from '../../../src/eventLog/ocelLog.js';
import { caseWalk, walkTrace } from '../../laws/caseWalks.js';
import { ocelProblems, ocelSchemaErrors, xesXsd, xmlSchemaErrors, type OcelLog } from './eventLogChecks.js';
import { awkwardIds, everyEnding, withCaseId } from './eventLogTraces.js';

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const c of chunks) s += c;
  return s;
}
const write = (format: EventLogFormat, traces: Iterable<Trace>) => text(eventLog(format, traces));

/** Generated traces with distinct case ids (any characters). */
const traceSets = () =>
  fc.array(caseWalk(), { minLength: 1, maxLength: 4 }).map((walks) => walks.map((w, i) => walkTrace({ ...w, facts: { ...w.facts, caseId: `${String(w.facts['caseId'])}#${i}` } })));

/** Every way a case can end, the generated traces of 60 sets, and the awkward ids: one set, ids unique. */
const coverage = (): Trace[] => [
  ...everyEnding(),
  ...fc.sample(traceSets(), { numRuns: 60, seed: 1957 }).flatMap((set, n) => set.map((t, i) => withCaseId(t, `${t.caseId}@${n}.${i}`))),
  ...awkwardIds.map((id, i) => withCaseId([...sampleTraces({ perKind: 1, seed: i })][i % 3]!, id)),
];

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, htmlEntities: true, isArray: (name) => ['trace', 'event', 'string', 'date', 'boolean', 'extension'].includes(name) });
type XesAttr = { key: string; value: string };
type XesNode = { string?: XesAttr[]; date?: XesAttr[]; boolean?: XesAttr[]; event?: XesNode[] };
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
      expect(events.map((e) => attr(e, 'clauses'))).toEqual(trace.steps.map((s) => s.clauses.join(' ')));
      const times = events.map((e) => attr(e, 'time:timestamp')!);
      for (const time of times) expect(time).toMatch(/T\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
      expect(times.map((x) => Date.parse(x))).toEqual([...times.map((x) => Date.parse(x))].sort((a, b) => a - b));
    });
  });
}

/** XES law: the log validates against the IEEE 1849-2016 XSD (libxml2's validator). */
function xesConforms(writer: (traces: Trace[]) => Promise<string>) {
  return fc.asyncProperty(traceSets(), async (traces) => {
    const errors = await xmlSchemaErrors(await writer(traces));
    if (errors.length > 0) throw new Error(`not valid against IEEE 1849-2016: ${errors.join('; ')}`);
  });
}

/** CSV law: parsing the CSV gives back exactly the steps, clauses separated by a space as in XES and OCEL. */
function csvRoundTrips(writer: (traces: Trace[]) => Promise<string>) {
  return fc.asyncProperty(traceSets(), async (traces) => {
    const rows = parseCsv(await writer(traces), { columns: true }) as Record<string, string>[];
    const expected = traces.flatMap((t) =>
      t.steps.map((s) => ({ case_id: t.caseId, activity: s.event, timestamp: s.time, resource: s.actor, state_from: s.from, state_to: s.to, clauses: s.clauses.join(' ') })),
    );
    expect(rows).toEqual(expected);
  });
}

/** OCEL law: valid against the OCEL 2.0 schema and its semantics, and faithful to the traces (every step an event, every case an object with its typed facts, outcome and punishment). */
function ocelIsFaithful(writer: (traces: Trace[]) => Promise<string>) {
  return fc.asyncProperty(traceSets(), async (traces) => {
    const log = JSON.parse(await writer(traces)) as OcelLog;
    const problems = [...ocelSchemaErrors(log), ...ocelProblems(log)];
    if (problems.length > 0) throw new Error(`invalid OCEL 2.0: ${problems.slice(0, 5).join('; ')}`);
    expect(log.events).toHaveLength(traces.reduce((n, t) => n + t.steps.length, 0));
    for (const t of traces) {
      const object = log.objects.find((o) => o.id === `case:${t.caseId}`);
      const values = Object.fromEntries((object?.attributes ?? []).map((a) => [a.name, a.value]));
      expect(values['outcome']).toBe(t.outcome ?? 'open');
      expect(values['punishment']).toBe(t.punishment);
      for (const [name, spec] of Object.entries(caseModel(t.kind).facts)) {
        if (name === 'caseId') continue;
        expect(values[name]).toBe(spec.type === 'date' ? `${String(t.input[name])}T00:00:00.000Z` : String(t.input[name]));
      }
    }
  });
}

/** Meta-test: a broken writer violates the law (the first counterexample is enough; no shrinking). */
async function expectCaught(property: fc.IAsyncProperty<[Trace[]]>, numRuns = 2000): Promise<string> {
  const details = await fc.check(property, { numRuns, endOnFailure: true });
  expect(details.failed, 'the broken variant must violate the property').toBe(true);
  expect(fc.defaultReportMessage(details)).toMatch(/seed/);
  return String((details.errorInstance as Error | undefined)?.message);
}

describe('event logs', () => {
  describe('XES (IEEE 1849-2016)', () => {
    it('is well-formed, declares its extensions and globals, and keeps each trace in time order', () =>
      fc.assert(xesIsFaithful((t) => write('xes', t)), { numRuns: 200 }));
    it('validates against the IEEE 1849-2016 XSD, for generated traces', () => fc.assert(xesConforms((t) => write('xes', t)), { numRuns: 25 }));
    it('validates against the XSD for every way each kind can end, 60 generated sets and awkward ids, in one log', async () => {
      const traces = coverage();
      const out = await write('xes', traces);
      expect(await xmlSchemaErrors(out)).toEqual([]);
      expect(xml.parse(out).log.trace).toHaveLength(traces.length);
      for (const id of awkwardIds) expect(out).toContain(`value="${id.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')}"`);
    });
    it('the sample validates both ways the standard allows: namespaced against the namespaced XSD, and without xmlns against the literal XSD', async () => {
      const out = await write('xes', sampleTraces());
      expect(await xmlSchemaErrors(out)).toEqual([]);
      expect(await xmlSchemaErrors(out.replace(' xmlns="http://www.xes-standard.org/"', ''), xesXsd)).toEqual([]);
      // The literal XSD has no target namespace, so it rejects any namespaced log: the standard's quirk.
      expect((await xmlSchemaErrors(out, xesXsd)).join()).toMatch(/No matching global declaration/);
    });
    it("catches a writer with version 1's version string or classifier name", async () => {
      const oldVersion = async (t: Trace[]) => (await write('xes', t)).replace('xes.version="1849.2016"', 'xes.version="1849-2016"');
      expect(await expectCaught(xesConforms(oldVersion), 5)).toMatch(/xes\.version.*xs:decimal/);
      const spaced = async (t: Trace[]) => (await write('xes', t)).replace('name="Activity_and_resource"', 'name="Activity and resource"');
      expect(await expectCaught(xesConforms(spaced), 5)).toMatch(/NCName/);
    });
    it('catches a writer that does not escape markup', async () => {
      const unescaped = async (t: Trace[]) => (await write('xes', t)).replace(/&lt;/g, '<').replace(/&amp;/g, '&');
      await expectCaught(xesIsFaithful(unescaped));
    });
    it('types the case attributes: dates as date, booleans as boolean, outcome and punishment as string', async () => {
      // Model version 2 punishes at screening, so the first punished case may still be open: take one that ended.
      const trace = [...everyEnding()].find((t) => t.punishment === 'severe' && t.outcome !== null)!;
      const log = xml.parse(await write('xes', [trace])).log as { trace: (XesNode & { date: XesAttr[]; boolean: XesAttr[] })[] };
      const [t] = log.trace;
      expect(t!.date).toEqual([{ key: 'crossedOn', value: `${String(trace.input['crossedOn'])}T00:00:00.000+00:00` }]);
      expect(t!.boolean).toEqual([{ key: 'hasCrimeOrPendingCase', value: String(trace.input['hasCrimeOrPendingCase']) }]);
      expect(attr(t!, 'punishment')).toBe('severe');
      expect(attr(t!, 'outcome')).toBe(trace.outcome);
    });
    it('declares the global defaults and a timezone on every timestamp', async () => {
      const out = await write('xes', sampleTraces());
      expect(out).toContain('<global scope="event">');
      expect(out).toContain('<string key="lifecycle:transition" value="complete"/>');
      expect(out).not.toMatch(/value="[^"]*Z"/);
    });
  });

  describe('CSV', () => {
    it('round-trips: parsed back, it gives exactly the steps', () => fc.assert(csvRoundTrips((t) => text(csvLog(t))), { numRuns: 200 }));
    it('catches a writer that does not quote', async () => {
      const naive = async (traces: Trace[]) =>
        [csvLogColumns.join(','), ...traces.flatMap((t) => t.steps.map((s) => [t.caseId, s.event, s.time, s.actor, s.from, s.to, s.clauses.join(' ')].join(',')))].join('\n');
      await expectCaught(csvRoundTrips(naive));
    });
    it("catches a writer that separates clauses with version 1's \";\"", async () => {
      const semicolons = async (traces: Trace[]) =>
        [csvLogColumns.join(','), ...traces.flatMap((t) => t.steps.map((s) => [t.caseId, s.event, s.time, s.actor, s.from, s.to, s.clauses.join(';')].map(csvField).join(',')))].join('\r\n');
      await expectCaught(csvRoundTrips(semicolons));
    });
  });

  describe('OCEL 2.0 JSON', () => {
    it('is valid against the schema and the specification: unique ids, declared and typed attributes, relationships to existing objects', () =>
      fc.assert(ocelIsFaithful((t) => write('ocel', t)), { numRuns: 200 }));
    it('is valid for every way each kind can end, 60 generated sets and awkward ids, in one log', async () => {
      const log = JSON.parse(await write('ocel', coverage())) as OcelLog;
      expect([...ocelSchemaErrors(log), ...ocelProblems(log)]).toEqual([]);
      expect(log.objects.filter((o) => o.attributes?.some((a) => a.name === 'punishment' && a.value === 'severe')).length).toBeGreaterThan(0);
    });
    it('catches a writer that leaves out the person objects', async () => {
      const lossy = async (t: Trace[]) => {
        const log = JSON.parse(await write('ocel', t)) as OcelLog;
        return JSON.stringify({ ...log, objects: log.objects.filter((o) => o.type !== 'person') });
      };
      expect(await expectCaught(ocelIsFaithful(lossy))).toMatch(/missing object "person:/);
    });
    it('catches a writer whose event ids repeat across cases', async () => {
      const perKind = async (t: Trace[]) => {
        const log = JSON.parse(await write('ocel', t)) as OcelLog;
        return JSON.stringify({ ...log, events: log.events.map((e) => ({ ...e, id: e.id.replace(/^.*:/, 'event:') })) });
      };
      expect(await expectCaught(ocelIsFaithful(perKind))).toMatch(/duplicate event id/);
    });
    it("catches a writer that types every attribute string, as version 1 did", async () => {
      const untyped = async (t: Trace[]) => {
        const log = JSON.parse(await write('ocel', t)) as OcelLog;
        return JSON.stringify({ ...log, objectTypes: log.objectTypes.map((o) => ({ ...o, attributes: o.attributes.map((a) => ({ ...a, type: 'string' })) })) });
      };
      expect(await expectCaught(ocelIsFaithful(untyped))).toMatch(/typed string, not boolean or time/);
    });
    it('catches a writer that leaves punishment undeclared, as version 1 did', async () => {
      const undeclared = async (t: Trace[]) => {
        const log = JSON.parse(await write('ocel', t)) as OcelLog;
        return JSON.stringify({ ...log, objectTypes: log.objectTypes.map((o) => ({ ...o, attributes: o.attributes.filter((a) => a.name !== 'punishment') })) });
      };
      expect(await expectCaught(ocelIsFaithful(undeclared))).toMatch(/"punishment" is not declared/);
    });
    it('relates each event to its case, the person and the acting office with qualifiers', async () => {
      const log = JSON.parse(await write('ocel', sampleTraces({ perKind: 1 })));
      const e = log.events.find((x: { type: string }) => x.type === 'authorities.screen');
      expect(e.relationships.map((r: { qualifier: string }) => r.qualifier)).toEqual(['case', 'subject', 'actor']);
      expect(log.objectTypes.map((t: { name: string }) => t.name)).toEqual(['chineseResidentInKorea', 'koreanCitizenInChina', 'emigrationApplication', 'person', 'office']);
    });

    describe('its spool folder', () => {
      const spools = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('cable1957-ocel-'));
      /** Runs `body` with TMPDIR set to a fresh folder; returns that folder (removed afterwards). */
      async function inTmp(body: (dir: string) => Promise<void>) {
        const dir = mkdtempSync(join(tmpdir(), 'ocel-test-'));
        const saved = process.env['TMPDIR'];
        process.env['TMPDIR'] = dir;
        try {
          await body(dir);
        } finally {
          if (saved === undefined) delete process.env['TMPDIR'];
          else process.env['TMPDIR'] = saved;
          rmSync(dir, { recursive: true, force: true });
        }
      }
      it('is removed at the end, when the traces fail, and when the reader stops early', () =>
        inTmp(async (dir) => {
          await text(ocelLog(sampleTraces()));
          expect(spools(dir)).toEqual([]);
          function* failing() {
            yield* sampleTraces({ perKind: 1 });
            throw new InputError('bad trace');
          }
          await expect(text(ocelLog(failing()))).rejects.toThrow('bad trace');
          expect(spools(dir)).toEqual([]);
          const it = ocelLog(sampleTraces())[Symbol.asyncIterator]();
          await it.next();
          await it.next();
          expect(spools(dir)).toHaveLength(1);
          await it.return(undefined);
          expect(spools(dir)).toEqual([]);
        }));
      it('is removed by an exit listener, for an exit that skips finally (a signal, a closed pipe)', () =>
        inTmp(async (dir) => {
          const before = process.listenerCount('exit');
          const it = ocelLog(sampleTraces())[Symbol.asyncIterator]();
          await it.next();
          expect(spools(dir)).toHaveLength(1);
          const added = process.listeners('exit').slice(before);
          expect(added).toHaveLength(1);
          (added[0] as () => void)();
          expect(spools(dir)).toEqual([]);
          await it.return(undefined);
          expect(process.listenerCount('exit')).toBe(before);
        }));
      it('cannot be made in a missing TMPDIR: one InputError before the first byte', async () => {
        const saved = process.env['TMPDIR'];
        process.env['TMPDIR'] = join(tmpdir(), 'no-such-folder-cable1957');
        try {
          const it = ocelLog(sampleTraces())[Symbol.asyncIterator]();
          await expect(it.next()).rejects.toThrow(/cannot make a temporary folder in ".*no-such-folder-cable1957" \(ENOENT\)/);
        } finally {
          if (saved === undefined) delete process.env['TMPDIR'];
          else process.env['TMPDIR'] = saved;
        }
      });
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
