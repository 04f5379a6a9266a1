import type { FactSpec } from '../../machines/index.js';
import { InputError } from '../InputError.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  return isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** Checks one fact value against its spec; returns the typed value or throws an InputError. */
export function checkFact(kind: string, name: string, spec: FactSpec, value: unknown): string | boolean {
  const fail = (expected: string) =>
    new InputError(`${kind}: fact "${name}" must be ${expected}; got ${JSON.stringify(value)}`);
  if (spec.type === 'boolean') {
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    throw fail('true or false');
  }
  if (typeof value !== 'string') throw fail(spec.type === 'date' ? 'a date YYYY-MM-DD' : 'a string');
  if (spec.type === 'date' && !isIsoDate(value)) throw fail('a date YYYY-MM-DD');
  // A closed set of values (e.g. where a crime lies): anything else is bad input, not a new class.
  if (spec.oneOf && !spec.oneOf.includes(value)) throw fail(`one of ${spec.oneOf.join(', ')}`);
  return value;
}

/**
 * Builds a case input from facts given as an object or as `k=v,k=v` text: unknown facts and bad
 * values are InputErrors naming the fact and what is expected; missing facts take their defaults.
 */
export function parseFacts(
  kind: string,
  specs: Readonly<Record<string, FactSpec>>,
  given: string | Readonly<Record<string, unknown>> = {},
): Record<string, string | boolean> {
  const pairs: [string, unknown][] =
    typeof given === 'string'
      ? given
          .split(',')
          .filter((p) => p.trim() !== '')
          .map((p) => {
            const eq = p.indexOf('=');
            if (eq < 0) throw new InputError(`${kind}: fact "${p.trim()}" needs a value (name=value)`);
            return [p.slice(0, eq).trim(), p.slice(eq + 1).trim()];
          })
      : Object.entries(given);
  const input: Record<string, string | boolean> = {};
  for (const [name, spec] of Object.entries(specs)) input[name] = spec.default;
  const seen = new Set<string>();
  for (const [name, value] of pairs) {
    // Own keys only: `constructor`, `toString` or `__proto__` are not facts, whatever the prototype holds.
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) throw new InputError(`${kind}: unknown fact "${name}"; the facts are: ${Object.keys(specs).join(', ')}`);
    if (seen.has(name)) throw new InputError(`${kind}: fact "${name}" is given more than once`);
    seen.add(name);
    input[name] = checkFact(kind, name, spec, value);
  }
  return input;
}
