import { InputError } from '../InputError.js';

/** Parses `name=option,name=option` into a readings selection (checked later by resolveReadings). */
export function parseReadings(text: string | undefined): Record<string, string> {
  const selection: Record<string, string> = {};
  for (const pair of (text ?? '').split(',').filter((p) => p.trim())) {
    const [name, option, ...rest] = pair.split('=').map((s) => s.trim());
    if (!name || !option || rest.length > 0) throw new InputError(`--readings: "${pair}" must be name=option`);
    selection[name] = option;
  }
  return selection;
}
