import { baselineScenario } from './baseline.js';
import { exodus1961Scenario } from './exodus1961.js';

/** The embedded scenarios, as YAML text with their sources, by name; `baseline` is the default. */
export const embeddedScenarios: Readonly<Record<string, string>> = {
  baseline: baselineScenario,
  exodus1961: exodus1961Scenario,
};
