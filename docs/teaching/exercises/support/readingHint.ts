import { isClauseId } from '../../../../src/index.js';

/** Why an exported reading is not shaped like the model's readings (machines/readings.ts), or null. */
export function readingHint(reading: unknown): string | null {
  if (typeof reading !== 'object' || reading === null) return 'export "reading": an object shaped like those in machines/readings.ts';
  const r = reading as Record<string, unknown>;
  if (!Array.isArray(r['clauses']) || r['clauses'].length === 0) return 'reading.clauses: name the clauses whose wording the reading interprets';
  const bad = (r['clauses'] as unknown[]).find((c) => typeof c !== 'string' || !isClauseId(c));
  if (bad !== undefined) return `reading.clauses: "${String(bad)}" is not a clause id of the cable (see "cable1957 clauses")`;
  for (const field of ['question', 'why'] as const) {
    if (typeof r[field] !== 'string' || (r[field] as string).trim().length < 10) return `reading.${field}: write it out, a full sentence (the question the text leaves open; why the default reads it so)`;
  }
  const options = r['options'];
  if (typeof options !== 'object' || options === null || Object.keys(options).length < 2) return 'reading.options: at least two options, by name';
  if (typeof r['default'] !== 'string' || !(r['default'] in options)) return 'reading.default: the name of one of its options';
  for (const [name, option] of Object.entries(options as Record<string, unknown>)) {
    const description = (option as { description?: unknown } | null)?.description;
    if (typeof description !== 'string' || description.trim().length < 10) return `reading.options.${name}.description: say what the model does under this option`;
  }
  return null;
}
