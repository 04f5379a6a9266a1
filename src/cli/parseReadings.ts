import { InputError } from '../InputError.js';

/**
 * Parses `name=option,name=option` into a readings selection (checked later by resolveReadings).
 * The selection has no prototype, so `__proto__=x` stays a key and is refused as an unknown
 * reading instead of vanishing; a reading named twice is refused.
 */
export function parseReadings(text: string | undefined): Record<string, string> {
  const selection: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const pair of (text ?? '').split(',').filter((p) => p.trim())) {
    const [name, option, ...rest] = pair.split('=').map((s) => s.trim());
    if (!name || !option || rest.length > 0) throw new InputError(`--readings: "${pair}" must be name=option`);
    if (Object.hasOwn(selection, name)) throw new InputError(`--readings: reading "${name}" is given more than once`);
    selection[name] = option;
  }
  return selection;
}
