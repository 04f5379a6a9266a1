import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { memoryPages, validateXML } from 'xmllint-wasm';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

/**
 * The IEEE 1849-2016 XSD (test/fixtures), given the target namespace our logs are written in.
 * The standard's XSD declares `log` in no namespace, while OpenXES, pm4py and our writer put it in
 * `http://www.xes-standard.org/`. Rather than strip `xmlns` from our output (and so validate a
 * document we never write), the test validates the exact bytes against a copy of the XSD whose
 * elements live in that namespace; the XSD is otherwise untouched (the default namespace is set
 * too, so its unprefixed type references resolve in the target namespace).
 */
export const xesXsd = fixture('xes-ieee-1849-2016.xsd');
export const xesXsdInOurNamespace = xesXsd.replace(
  '<xs:schema ',
  '<xs:schema targetNamespace="http://www.xes-standard.org/" xmlns="http://www.xes-standard.org/" ',
);

/** The errors xmllint (libxml2, as WASM) reports validating `xml` against `xsd`; empty when valid. */
export async function xmlSchemaErrors(xml: string, xsd: string = xesXsdInOurNamespace): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'log.xes', contents: xml },
    schema: { fileName: 'xes.xsd', contents: xsd },
    maxMemoryPages: memoryPages.GiB,
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateOcelSchema = ajv.compile(JSON.parse(fixture('ocel2-schema.json')));

/** The OCEL 2.0 JSON schema's complaints about `log`, or an empty list. */
export function ocelSchemaErrors(log: unknown): string[] {
  return validateOcelSchema(log) ? [] : [ajv.errorsText(validateOcelSchema.errors)];
}

interface OcelAttribute {
  name: string;
  value: string;
}
interface OcelRelationship {
  objectId: string;
  qualifier: string;
}
/** The parts of an OCEL 2.0 log the semantic checks read. */
export interface OcelLog {
  eventTypes: { name: string; attributes: { name: string; type: string }[] }[];
  objectTypes: { name: string; attributes: { name: string; type: string }[] }[];
  events: { id: string; type: string; time: string; attributes?: OcelAttribute[]; relationships?: OcelRelationship[] }[];
  objects: { id: string; type: string; attributes?: (OcelAttribute & { time: string })[]; relationships?: OcelRelationship[] }[];
}

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const looksLikeDate = /^\d{4}-\d{2}-\d{2}/;

/** Whether `value` is in the lexical form of OCEL 2.0 attribute type `type`. */
const lexical: Record<string, (value: string) => boolean> = {
  string: () => true,
  time: (v) => isoTime.test(v) && !Number.isNaN(Date.parse(v)),
  integer: (v) => /^-?\d+$/.test(v),
  float: (v) => v.trim() !== '' && Number.isFinite(Number(v)),
  boolean: (v) => v === 'true' || v === 'false',
};

/**
 * What the OCEL 2.0 specification asks beyond its JSON schema, as a list of problems: unique
 * type names, object ids and event ids; every event and object of a declared type; every
 * attribute declared on its type, with a type of the specification's vocabulary (string, time,
 * integer, float, boolean) and a value of that type; no boolean or date left typed `string`;
 * every relationship (event-to-object and object-to-object) pointing at an existing object.
 */
export function ocelProblems(log: OcelLog): string[] {
  const problems: string[] = [];
  const unique = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`duplicate ${what} ${JSON.stringify(id)}`);
      seen.add(id);
    }
  };
  unique('event type', log.eventTypes.map((t) => t.name));
  unique('object type', log.objectTypes.map((t) => t.name));
  unique('event id', log.events.map((e) => e.id));
  unique('object id', log.objects.map((o) => o.id));

  const declared = (types: OcelLog['eventTypes']) => new Map(types.map((t) => [t.name, new Map(t.attributes.map((a) => [a.name, a.type]))]));
  const eventTypes = declared(log.eventTypes);
  const objectTypes = declared(log.objectTypes);
  for (const [kind, types] of [...eventTypes, ...objectTypes]) {
    for (const [name, type] of types) if (!(type in lexical)) problems.push(`${kind}.${name}: type "${type}" is not an OCEL 2.0 type`);
  }
  const objects = new Set(log.objects.map((o) => o.id));
  const checkAttributes = (where: string, types: Map<string, string> | undefined, attributes: OcelAttribute[] = []) => {
    if (!types) return problems.push(`${where}: undeclared type`);
    for (const { name, value } of attributes) {
      const type = types.get(name);
      if (type === undefined) problems.push(`${where}: attribute "${name}" is not declared on its type`);
      else if (!lexical[type]?.(value)) problems.push(`${where}: attribute "${name}" = ${JSON.stringify(value)} is not a ${type}`);
      else if (type === 'string' && (lexical['boolean']!(value) || looksLikeDate.test(value))) {
        problems.push(`${where}: attribute "${name}" = ${JSON.stringify(value)} is typed string, not boolean or time`);
      }
    }
    return undefined;
  };
  const checkRelationships = (where: string, relationships: OcelRelationship[] = []) => {
    for (const r of relationships) if (!objects.has(r.objectId)) problems.push(`${where}: relates to missing object ${JSON.stringify(r.objectId)}`);
  };
  for (const e of log.events) {
    checkAttributes(`event ${e.id}`, eventTypes.get(e.type), e.attributes);
    checkRelationships(`event ${e.id}`, e.relationships);
    if (!lexical['time']!(e.time)) problems.push(`event ${e.id}: time ${JSON.stringify(e.time)} is not an ISO time`);
  }
  for (const o of log.objects) {
    checkAttributes(`object ${o.id}`, objectTypes.get(o.type), o.attributes);
    checkRelationships(`object ${o.id}`, o.relationships);
    for (const a of o.attributes ?? []) if (!lexical['time']!(a.time)) problems.push(`object ${o.id}: attribute "${a.name}" has time ${JSON.stringify(a.time)}`);
  }
  return problems;
}
