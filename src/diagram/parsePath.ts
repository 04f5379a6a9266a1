import { InputError } from '../InputError.js';

/** Splits `--path "a>b>c"` into its states: `>` between names, spaces around them ignored. Throws for an empty name. */
export function parsePath(text: string): string[] {
  const names = text.split('>').map((s) => s.trim());
  const empty = names.findIndex((s) => s === '');
  if (empty >= 0) throw new InputError(`diagram --path: step ${empty + 1} of "${text}" is empty; write states joined by ">", e.g. "a>b>c"`);
  return names;
}
