import { InputError } from '../InputError.js';
import type { Engine } from './Engine.js';
import { compiledEngine } from './compiledEngine.js';
import { makeXStateEngine, xstateEngine } from './xstateEngine.js';

/** The engines by name. */
export const engines: Readonly<Record<string, Engine>> = {
  compiled: compiledEngine,
  xstate: xstateEngine,
  // The reference engine with run-time monitors of the model's invariants (simulate --check).
  'xstate+check': makeXStateEngine({ check: true }),
};

/** The engine `simulate` uses unless told otherwise. */
export const defaultEngine = 'compiled';

/** Looks an engine up by name; an unknown name lists the engines. */
export function engineNamed(name: string): Engine {
  const engine = engines[name];
  if (!engine) throw new InputError(`unknown engine "${name}"; the engines are: ${Object.keys(engines).join(', ')}`);
  return engine;
}
