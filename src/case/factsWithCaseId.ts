import { createHash } from 'node:crypto';
import { caseModel } from './caseModel.js';
import { parseFacts } from './parseFacts.js';

/** JSON with object keys sorted, so the same content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Parses a hand-run case's facts and, when they name no `caseId` (or an empty one), gives it one
 * made from its content: `case-` and the first 12 hex digits of a SHA-256 over the kind, the
 * other facts, the events and the run's options (readings, start, step days, strictness). The
 * same case always gets the same id, and different cases different ids (48 bits: a collision
 * becomes likely only near 2^24, 16 million, cases); so `case --format json` lines appended to one file can be exported together,
 * and `export-log` refuses the rare repeat by naming both lines.
 */
export function factsWithCaseId(
  kind: string,
  facts: string | Readonly<Record<string, unknown>>,
  events: readonly string[],
  options: Readonly<Record<string, unknown>>,
): Record<string, string | boolean> {
  const specs = caseModel(kind).facts;
  const idSpec = specs['caseId'];
  if (!idSpec) return parseFacts(kind, specs, facts);
  // Parse with an empty default for the id, to tell "no id given" from the spec's own default.
  const input = parseFacts(kind, { ...specs, caseId: { ...idSpec, default: '' } }, facts);
  if (input['caseId'] !== '') return input;
  const { caseId: _, ...rest } = input;
  const digest = createHash('sha256').update(canonical({ kind, facts: rest, events, options })).digest('hex');
  return { ...input, caseId: `case-${digest.slice(0, 12)}` };
}
