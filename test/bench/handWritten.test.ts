import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baselineScenario } from '../../src/scenario/loadScenario.js';
import type { Scenario } from '../../src/scenario/Scenario.js';
import type { SimulationResult } from '../../src/simulate/SimulationResult.js';
import { simulate } from '../../src/simulate/simulate.js';

/** What bench/handWritten.mjs returns (a plain .mjs file, so typed here). */
interface HandResult {
  readonly cases: number;
  readonly outcomes: Record<string, Record<string, { count: number; share: number }>>;
  readonly timeToOutcomeDays: Record<string, Record<string, { mean: number; sd: number; median: number; p90: number }>>;
  readonly paths: Record<string, { path: string; count: number; share: number }[]>;
}
type HandEngine = (scenario: Scenario, workers?: number) => Promise<HandResult>;

const source = fileURLToPath(new URL('../../bench/handWritten.mjs', import.meta.url));
const text = readFileSync(source, 'utf8');
// A non-literal specifier: the program is plain JavaScript without declarations, typed above.
const load = async (file: string): Promise<HandEngine> => ((await import(pathToFileURL(file).href)) as { handWrittenEngine: HandEngine }).handWrittenEngine;

/** A scenario of `per` cases per replication (kinds in the baseline's mix), 4 replications. */
function scenario(name: string, over: Partial<Scenario> = {}, population: Record<string, Record<string, number>> = {}): Scenario {
  const b = baselineScenario();
  const counts: Record<string, number> = { chineseResidentInKorea: 6000, koreanCitizenInChina: 4000, emigrationApplication: 3000 };
  return {
    ...b,
    name,
    record: [],
    calibrate: {},
    replications: 4,
    ...over,
    population: Object.fromEntries(Object.entries(b.population).map(([kind, p]) => [kind, { ...p, ...population[kind], count: counts[kind]! }])),
  };
}

// Three scenarios that together reach every branch of the hand-written program: the baseline's
// readings and assumptions; every other option of the readings that change paths, with clause 3
// striking later (on the host side too), handovers that fail, 2c rounds and every distribution;
// and the remaining options with a short horizon, so that many cases end open.
const scenarios: Record<string, Scenario> = {
  baseline: scenario('baseline-mix'),
  otherReadings: scenario(
    'other-readings',
    {
      horizonDays: 730,
      readings: { ...baselineScenario().readings, clause3Scope: 'homeCountry', koreanSideDeclines: 'mobilizeAgain', effectiveDate: 'received', unjustifiedApplications: 'approveLeniently' },
      probabilities: {
        ...baselineScenario().probabilities,
        hasCrimeOrPendingCase: 0.15,
        crimeOnHostSide: 0.4,
        crimeEstablishedLater: 0.3,
        koreaHandsOver: 0.6,
        koreaConsents: 0.4,
        mobilizedToReturnLater: 0.6,
        agreesToReturnLater: 0.3,
      },
      durations: { ...baselineScenario().durations, screening: { dist: 'uniform', min: 1, max: 20 }, consentRequest: { dist: 'fixed', days: 10 } },
    },
    { chineseResidentInKorea: { crossedAfterCableShare: 0.5 }, koreanCitizenInChina: { crossedAfterCableShare: 0.5 }, emigrationApplication: { submittedWithinDays: 600 } },
  ),
  remainingReadings: scenario('remaining-readings', {
    horizonDays: 300,
    readings: { ...baselineScenario().readings, postCableCrossings: 'sameAsEarlierCrossers', laterMobilization: 'order', punishment: 'whenReturned' },
    probabilities: { ...baselineScenario().probabilities, crimeEstablishedLater: 0.2, mobilizedToReturnLater: 0.5 },
  }),
};

const Z = 4; // standard errors allowed: with some hundred comparisons, a false alarm is rare (and the seeds are fixed)
const FLOOR = 0.001; // shares: a small floor for rare categories
const DAYS_FLOOR = 0.05; // days: the library rounds means to hundredths

/**
 * Every disagreement beyond Monte Carlo error between the library's result and the hand-written
 * one: kind × outcome shares and kind × path shares (two-sample binomial, pooled), and mean
 * days to each outcome reached by 100 cases or more on both sides.
 */
function disagreements(lib: SimulationResult, hand: HandResult): string[] {
  const found: string[] = [];
  const share = (what: string, k1: number, n1: number, k2: number, n2: number) => {
    const pooled = (k1 + k2) / (n1 + n2);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    const diff = Math.abs(k1 / n1 - k2 / n2);
    if (diff > Z * se + FLOOR) found.push(`${what}: library ${(k1 / n1).toFixed(4)}, hand-written ${(k2 / n2).toFixed(4)} (${(diff / se).toFixed(1)} SE)`);
  };
  const kinds = new Set([...Object.keys(lib.outcomes), ...Object.keys(hand.outcomes)]);
  for (const kind of kinds) {
    const libOut = lib.outcomes[kind] ?? {};
    const handOut = hand.outcomes[kind] ?? {};
    const n1 = Object.values(libOut).reduce((a, o) => a + o.count, 0);
    const n2 = Object.values(handOut).reduce((a, o) => a + o.count, 0);
    if (n1 === 0 || n2 === 0 || n1 !== n2) {
      found.push(`${kind}: ${n1} cases in the library, ${n2} hand-written`);
      continue;
    }
    for (const o of new Set([...Object.keys(libOut), ...Object.keys(handOut)])) {
      share(`${kind} outcome ${o}`, libOut[o]?.count ?? 0, n1, handOut[o]?.count ?? 0, n2);
      const t1 = lib.timeToOutcomeDays[kind]?.[o];
      const t2 = hand.timeToOutcomeDays[kind]?.[o];
      const c1 = libOut[o]?.count ?? 0;
      const c2 = handOut[o]?.count ?? 0;
      if (t1 && t2 && c1 >= 100 && c2 >= 100) {
        const se = t2.sd * Math.sqrt(1 / c1 + 1 / c2);
        if (Math.abs(t1.mean - t2.mean) > Z * se + DAYS_FLOOR) found.push(`${kind} mean days to ${o}: library ${t1.mean}, hand-written ${t2.mean.toFixed(2)} (${(Math.abs(t1.mean - t2.mean) / se).toFixed(1)} SE)`);
      }
    }
    const libPaths = new Map((lib.paths[kind] ?? []).map((p) => [p.path, p.count]));
    const handPaths = new Map((hand.paths[kind] ?? []).map((p) => [p.path, p.count]));
    for (const p of new Set([...libPaths.keys(), ...handPaths.keys()])) share(`${kind} path ${p}`, libPaths.get(p) ?? 0, n1, handPaths.get(p) ?? 0, n2);
  }
  return found;
}

/** The module specifiers a source text imports, statically or dynamically. */
const importsOf = (code: string): string[] =>
  [...code.matchAll(/\bimport\s*(?:[^'"()]*?\bfrom\s*)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => (m[1] ?? m[2])!);

const library: Record<string, SimulationResult> = {};
let handWrittenEngine: HandEngine;

beforeAll(async () => {
  handWrittenEngine = await load(source);
  for (const [name, s] of Object.entries(scenarios)) library[name] = await simulate(s, { engine: 'compiled', workers: 1 });
});

describe('bench/handWritten.mjs', () => {
  it('is self-contained: it imports node built-ins only', () => {
    expect(importsOf(text).length).toBeGreaterThan(0);
    expect(importsOf(text).filter((s) => !s.startsWith('node:'))).toEqual([]);
    expect(text).not.toMatch(/\brequire\s*\(/);
    // Meta: the check sees a static or dynamic import of the library.
    expect(importsOf(`${text}\nimport { simulate } from '../dist/index.js';`)).toContain('../dist/index.js');
    expect(importsOf(`${text}\nconst m = await import('../src/index.js');`)).toContain('../src/index.js');
  });

  for (const name of Object.keys(scenarios)) {
    it(`agrees with the compiled engine within Monte Carlo error: ${name}`, async () => {
      const hand = await handWrittenEngine(scenarios[name]!);
      expect(hand.cases).toBe(13_000 * 4);
      expect(disagreements(library[name]!, hand)).toEqual([]);
    });
  }

  it('gives identical results with 1 and 2 workers, and with the same seed twice', async () => {
    const s = scenarios['otherReadings']!;
    const one = await handWrittenEngine(s, 1);
    expect(await handWrittenEngine(s, 2)).toEqual(one);
    expect(await handWrittenEngine(s, 1)).toEqual(one);
  });
});

describe('the agreement check (meta): a deliberately wrong hand-written program is caught', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cable1957-hand-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Each fault is a one-place edit of the real program, run from a copy elsewhere (which works
  // only because the program is self-contained), against the scenario that exercises it.
  const faults: { name: string; from: string; to: string; scenario: string }[] = [
    { name: 'Korean consent probability swapped (1 − p)', from: 'uniform() < p.koreaConsents ?', to: 'uniform() >= p.koreaConsents ?', scenario: 'baseline' },
    { name: 'handover never happens', from: 'target = uniform() < p.koreaHandsOver ? C_REPATRIATED : NONE;', to: 'target = NONE;', scenario: 'otherReadings' },
    { name: 'lognormal spread without the 0.9 quantile', from: '(Math.log(d.p90) - mu) / Z90]', to: '(Math.log(d.p90) - mu)]', scenario: 'baseline' },
    { name: 'clause 3 covers host-side crimes under homeCountry', from: 'interruptCovered = !(r.homeCountryOnly && onHostSide);', to: 'interruptCovered = true;', scenario: 'otherReadings' },
    { name: 'clause-3 interrupt timed from the run start, not the case start', from: 'startDay + uniform() * (r.horizon - startDay)', to: 'uniform() * r.horizon', scenario: 'otherReadings' },
    { name: '2c refusal ends settled instead of residing on', from: 'target = uniform() < p.agreesToReturnLater ? K_REPATRIATED : K_RESIDING;', to: 'target = uniform() < p.agreesToReturnLater ? K_REPATRIATED : NONE;', scenario: 'otherReadings' },
  ];
  for (const fault of faults) {
    it(`catches: ${fault.name}`, async () => {
      expect(text.split(fault.from).length - 1).toBe(1);
      const file = join(dir, `${faults.indexOf(fault)}.mjs`);
      writeFileSync(file, text.replace(fault.from, fault.to));
      const wrong = await (await load(file))(scenarios[fault.scenario]!);
      expect(disagreements(library[fault.scenario]!, wrong)).not.toEqual([]);
    });
  }
});
