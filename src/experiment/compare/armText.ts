import type { Scenario } from '../../scenario/Scenario.js';

/** An arm in words: its scenario's name and the readings in which it differs from the other arm ("baseline, readings punishment=whenReturned"). Pure. */
export function armText(self: Scenario, other: Scenario): string {
  const differing = Object.entries(self.readings).filter(([k, v]) => other.readings[k] !== v);
  const readings = differing.length > 0 ? `, readings ${differing.map(([k, v]) => `${k}=${v}`).join(', ')}` : '';
  return `${self.name}${readings}`;
}
