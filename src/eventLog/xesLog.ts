import { caseAttributes, type CaseAttribute } from './caseAttributes.js';
import type { TraceSource } from './TraceSource.js';

/**
 * Escapes text for an XML attribute value, including tabs and line breaks, which XML parsers
 * would otherwise normalize to spaces.
 */
export function xmlAttr(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** An ISO time with an explicit `+00:00` offset (ProM rejects timestamps without a zone). */
const xesTime = (iso: string) => iso.replace(/Z$/, '+00:00');

const attribute = (key: string, value: string) => `<string key="${xmlAttr(key)}" value="${xmlAttr(value)}"/>`;

/** XES's element for each attribute type (IEEE 1849-2016). */
const xesElement = { string: 'string', time: 'date', integer: 'int', float: 'float', boolean: 'boolean' } as const;

const typedAttribute = (a: CaseAttribute) =>
  `<${xesElement[a.type]} key="${xmlAttr(a.name)}" value="${xmlAttr(a.type === 'time' ? xesTime(a.value) : a.value)}"/>`;

// IEEE 1849-2016's XSD types xes.version as xs:decimal (its examples write 1849.2016) and a
// classifier's name as xs:NCName (no spaces). The XSD declares no target namespace, but we keep
// xmlns="http://www.xes-standard.org/" as OpenXES and pm4py write it, for the tools that expect it.
const header = `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1849.2016" xes.features="nested-attributes" xmlns="http://www.xes-standard.org/">
  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>
  <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>
  <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>
  <global scope="trace">
    <string key="concept:name" value="__INVALID__"/>
  </global>
  <global scope="event">
    <string key="concept:name" value="__INVALID__"/>
    <date key="time:timestamp" value="1970-01-01T00:00:00.000+00:00"/>
    <string key="lifecycle:transition" value="complete"/>
    <string key="org:resource" value="__INVALID__"/>
  </global>
  <classifier name="Activity" keys="concept:name"/>
  <classifier name="Activity_and_resource" keys="concept:name org:resource"/>
  <string key="concept:name" value="cable1957 simulated cases"/>
`;

/**
 * Streams an XES (IEEE 1849) log: the concept, time, lifecycle and org extensions and their
 * globals declared, one trace per case (its kind, typed facts, outcome and any punishment as trace
 * attributes), one event per step with `concept:name`, `time:timestamp` (with zone), `lifecycle:transition` and
 * `org:resource` = the actor.
 */
export async function* xesLog(traces: TraceSource): AsyncGenerator<string> {
  yield header;
  for await (const trace of traces) {
    const lines = [`  <trace>`, `    ${attribute('concept:name', trace.caseId)}`, `    ${attribute('kind', trace.kind)}`];
    for (const a of caseAttributes(trace)) lines.push(`    ${typedAttribute(a)}`);
    for (const s of trace.steps) {
      lines.push(
        '    <event>',
        `      ${attribute('concept:name', s.event)}`,
        `      <date key="time:timestamp" value="${xesTime(s.time)}"/>`,
        `      ${attribute('lifecycle:transition', 'complete')}`,
        `      ${attribute('org:resource', s.actor)}`,
        `      ${attribute('state_from', s.from)}`,
        `      ${attribute('state_to', s.to)}`,
        `      ${attribute('clauses', s.clauses.join(' '))}`,
        '    </event>',
      );
    }
    lines.push('  </trace>\n');
    yield lines.join('\n');
  }
  yield '</log>\n';
}
