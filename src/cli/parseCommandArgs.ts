import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../InputError.js';

/** Parses a command's flags strictly; an unknown or malformed flag becomes a one-line InputError. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: readonly string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? String(error);
    throw new InputError(`${command}: ${message.replace(/\. To specify a positional argument.*$/, '')} (see "cable1957 ${command} --help")`);
  }
}

/** Checks that a flag's value is one of the allowed choices. */
export function oneOf<T extends string>(command: string, flag: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(`${command}: --${flag} must be one of ${choices.join(', ')}; got "${value}"`);
}
