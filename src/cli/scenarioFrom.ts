import { existsSync } from 'node:fs';
import { embeddedScenarios } from '../../machines/index.js';
import { InputError } from '../InputError.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { readInputFile } from './readInputFile.js';
import type { Scenario } from '../scenario/Scenario.js';

/** Loads `--scenario`: a file if one exists at that path, else an embedded scenario by name; `command` prefixes the error. */
export function scenarioFrom(value: string | undefined, command = 'simulate'): { scenario: Scenario; text: string } {
  const name = value ?? 'baseline';
  if (value !== undefined && existsSync(value)) {
    const text = readInputFile(value);
    return { scenario: loadScenario(text, value), text };
  }
  const text = embeddedScenarios[name];
  if (text === undefined) {
    throw new InputError(`${command}: --scenario: no file "${name}" and no embedded scenario of that name (embedded: ${Object.keys(embeddedScenarios).join(', ')})`);
  }
  return { scenario: loadScenario(text, `embedded scenario ${name}`), text };
}
