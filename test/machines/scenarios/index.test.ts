import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { embeddedScenarios } from '../../../machines/index.js';
import { embeddedScenario } from '../../../src/scenario/loadScenario.js';

const cableText = readFileSync(new URL('../../fixtures/cable-1957-12-17.txt', import.meta.url), 'utf8');

// The archival words the team's notes (shared/notes/history.md) quote, verbatim: a scenario may
// set these, and the cable's own words, in quotation marks, and nothing else (version 1 set its
// paraphrase "too stringently, too slowly" as a quotation).
const archivalQuotations = [
  'could not force them to return under armed guard', // embassy cable, 12 May 1961
  'too stringent … too slow', // 24 March 1962
  'usually takes one month', // Foreign Ministry archive 118-01027-01, 30 April 1962
  'through various channels to take part in construction', // Shen Zhihua
  'in principle', // the DPRK's agreement of 9 October 1959
  'our side will not force them to go back', // Chinese margin note, 9 October 1959
  'after being educated', // Public Security 4th Bureau, 9 May 1961
];

const normalize = (text: string) => text.toLowerCase().replace(/\.\.\./g, '…').replace(/\s+/g, ' ').trim();
const allowed = [normalize(cableText), ...archivalQuotations.map(normalize)];

/** Every string value in parsed YAML. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The prose of a scenario's comments: each line's comment, skipping commented-out YAML entries. */
function comments(text: string): string[] {
  return text
    .split('\n')
    .map((line) => /(?:^|\s)#\s?(.*)$/.exec(line)?.[1] ?? '')
    .filter((c) => c !== '' && !/^\s*(-\s+)?[\w.]+:(\s|$)/.test(c));
}

/** Phrases set in double quotes, or in single quotes that open after a non-word character. */
function quotations(text: string): string[] {
  const double = [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  const single = [...text.matchAll(/(?<![\w’])'([^']+?)'(?!\w)/g)].map((m) => m[1]!);
  return [...double, ...single];
}

describe('embeddedScenarios', () => {
  for (const [name, text] of Object.entries(embeddedScenarios)) {
    const data = parseYaml(text) as { description: string; sources: string[] };

    it(`${name}: every quotation is the cable's or an archival source's words, verbatim`, () => {
      const quoted = [...strings(data), ...comments(text)].flatMap(quotations);
      expect(quoted.length).toBeGreaterThan(0);
      for (const q of quoted) expect(allowed.some((a) => a.includes(normalize(q))), `${name}: "${q}"`).toBe(true);
    });

    it(`${name}: every source says what it does here: sets a figure, backs a record check, or is context only`, () => {
      for (const s of data.sources) expect(s, `${name}: ${s.slice(0, 60)}`).toMatch(/\b(Sets|Record check|Context only)\b/);
    });

    it(`${name}: labels every record threshold as our reading of the source's words`, () => {
      const expects = text.split('\n').filter((l) => /^\s+expect:/.test(l));
      expect(expects.length).toBe(embeddedScenario(name).record.length);
      for (const line of expects) expect(line, `${name}: ${line.trim()}`).toMatch(/# our reading: /);
    });

    it(`${name}: has calibration checks, and every prior range holds the scenario's own assumption`, () => {
      const s = embeddedScenario(name);
      expect(s.record.some((c) => c.use === 'calibration')).toBe(true);
      const keys = Object.keys(s.calibrate);
      expect(keys.length).toBeGreaterThanOrEqual(2);
      expect(keys.length).toBeLessThanOrEqual(4);
      for (const [key, [lo, hi]] of Object.entries(s.calibrate)) {
        const own = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], s);
        expect(own, key).toBeGreaterThanOrEqual(lo);
        expect(own, key).toBeLessThanOrEqual(hi);
      }
    });

    it(`${name}: keeps the disclaimer`, () => {
      expect(data.description).toMatch(/A descriptive model of a historical policy, for study: not a tool for deciding about people\.$/);
    });
  }

  it('the quotation check catches a paraphrase set in quotation marks (version 1 of exodus1961)', () => {
    const old = 'applications to go were handled "too stringently, too slowly" until March 1962';
    expect(quotations(old).every((q) => allowed.some((a) => a.includes(normalize(q))))).toBe(false);
  });
});
