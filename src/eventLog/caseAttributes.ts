import { caseModel } from '../case/caseModel.js';
import type { Trace } from '../case/Trace.js';

/** An attribute's type in OCEL 2.0's vocabulary (XES: `string`, `date`, `int`, `float`, `boolean`). */
export type AttributeType = 'string' | 'time' | 'integer' | 'float' | 'boolean';

/** A case-level attribute: its name, OCEL type, and value written as text in that type's lexical form. */
export interface CaseAttribute {
  /** The attribute's name: a fact, `outcome` or `punishment`. */
  readonly name: string;
  /** Its type. */
  readonly type: AttributeType;
  /** Its value as text: `true`/`false` for booleans, an ISO 8601 time in UTC for times. */
  readonly value: string;
}

/** A fact's type in the event logs: dates are times (midnight UTC), booleans booleans, the rest text. */
const typeOf = (spec: { readonly type: string }): AttributeType => (spec.type === 'date' ? 'time' : spec.type === 'boolean' ? 'boolean' : 'string');

/**
 * The attributes a case of `kind` may carry in an event log, with their types: its facts (but
 * the id, which names the case), `outcome` (`open` while open) and `punishment` (clause 4b;
 * only when the case carries one). XES and OCEL both write these, so they type them alike.
 */
export function caseAttributeTypes(kind: string): { readonly name: string; readonly type: AttributeType }[] {
  const facts = Object.entries(caseModel(kind).facts)
    .filter(([name]) => name !== 'caseId')
    .map(([name, spec]) => ({ name, type: typeOf(spec) }));
  return [...facts, { name: 'outcome', type: 'string' }, { name: 'punishment', type: 'string' }];
}

/** The case-level attributes of one trace, typed as `caseAttributeTypes` declares them. */
export function caseAttributes(trace: Trace): CaseAttribute[] {
  const specs = caseModel(trace.kind).facts;
  const attributes: CaseAttribute[] = [];
  for (const [name, value] of Object.entries(trace.input)) {
    const spec = specs[name];
    if (name === 'caseId' || !spec) continue;
    const type = typeOf(spec);
    // A date fact is a day; as a time it is that day's midnight in UTC, as the trace's start is.
    attributes.push({ name, type, value: type === 'time' ? `${String(value)}T00:00:00.000Z` : String(value) });
  }
  attributes.push({ name: 'outcome', type: 'string', value: trace.outcome ?? 'open' });
  if (trace.punishment !== undefined) attributes.push({ name: 'punishment', type: 'string', value: trace.punishment });
  return attributes;
}
