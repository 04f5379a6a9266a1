import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../InputError.js';

/**
 * Parses a command's flags strictly; an unknown, malformed or repeated flag becomes a one-line
 * InputError (a repeated flag is refused rather than letting the last one win silently).
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: readonly string[],
  options: O,
  allowPositionals = false,
) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals, tokens: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? String(error);
    // Node's hint for a value that starts with a dash sits on a later line; keep it, with the value.
    const ambiguous = /^Option '(-[^']*)' argument is ambiguous/.exec(message);
    const value = ambiguous ? args[args.indexOf(ambiguous[1]!) + 1] : undefined;
    const hint = ambiguous && value !== undefined ? `: if "${value}" is its value, write ${ambiguous[1]}=${value}` : '';
    const text = message.replace(/\. To specify a positional argument.*$/, '');
    throw new InputError(`${command}: ${hint ? text.replace(/\.$/, '') : text}${hint} (see "cable1957 ${command} --help")`);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new InputError(`${command}: --${token.name} is given more than once (see "cable1957 ${command} --help")`);
    seen.add(token.name);
  }
  const { values, positionals } = parsed;
  return { values, positionals };
}

/** Checks that a flag's value is one of the allowed choices. */
export function oneOf<T extends string>(command: string, flag: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(`${command}: --${flag} must be one of ${choices.join(', ')}; got "${value}"`);
}
