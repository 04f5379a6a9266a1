import fc from 'fast-check';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { durationKeys, effectiveDateOf, embeddedScenarios, probabilityKeys } from '../../../machines/index.js';
import { InputError } from '../../../src/InputError.js';
import { baselineScenario, embeddedScenario, loadScenario } from '../../../src/scenario/loadScenario.js';

describe('loadScenario', () => {
  it('resolves the embedded baseline with every key, as design §7 gives it', () => {
    const b = baselineScenario();
    expect(b).toMatchObject({ name: 'baseline', seed: 1957, replications: 20, startDate: '1957-12-17', horizonDays: 1095 });
    expect(b.population).toEqual({
      chineseResidentInKorea: { count: 1000, crossedAfterCableShare: 0.2 },
      koreanCitizenInChina: { count: 300, crossedAfterCableShare: 0.2 },
      emigrationApplication: { count: 600, submittedWithinDays: 365 },
    });
    expect(Object.keys(b.probabilities)).toEqual([...probabilityKeys]);
    expect(Object.keys(b.durations)).toEqual([...durationKeys]);
    expect(b.probabilities).toMatchObject({ hasCrimeOrPendingCase: 0.05, agreesToReturn: 0.6, koreaConsents: 0.7, isJustified: 0.9 });
  });

  it('says where each embedded figure comes from: a source, or "assumption"', () => {
    for (const [name, text] of Object.entries(embeddedScenarios)) {
      expect(embeddedScenario(name).sources.length, name).toBeGreaterThan(0);
      for (const line of text.split('\n').filter((l) => /^\s+(count|[a-zA-Z]+Share|[a-z]+[A-Z]\w*): [\d.]+/.test(l))) {
        expect(line, `${name}: ${line.trim()}`).toMatch(/#/);
      }
    }
  });

  it('fills the keys a scenario leaves out from the baseline', () => {
    const s = loadScenario('name: mine\nprobabilities: { agreesToReturn: 0.9 }\npopulation: { koreanCitizenInChina: { count: 7 } }', 'mine.yaml');
    expect(s.probabilities['agreesToReturn']).toBe(0.9);
    expect(s.probabilities['koreaConsents']).toBe(0.7);
    expect(s.population['koreanCitizenInChina']).toEqual({ count: 7, crossedAfterCableShare: 0.2 });
    expect(s.population['chineseResidentInKorea']?.['count']).toBe(1000);
    expect(s.description).toBe('');
  });

  it('reads JSON as well as YAML', () => {
    expect(loadScenario('{"name":"j","seed":3,"startDate":"1958-01-01"}', 'j.json')).toMatchObject({ name: 'j', seed: 3, startDate: '1958-01-01' });
  });

  it.each([
    ['a missing name', 'seed: 1', 's.yaml: name: missing; this key is required here'],
    ['a typo in a key', 'name: x\nprobabilites: {}', 's.yaml: probabilites: unknown key "probabilites"; expected one of: name, description, sources,'],
    ['an unknown probability', 'name: x\nprobabilities: { agreeToReturn: 0.5 }', 's.yaml: probabilities.agreeToReturn: unknown key "agreeToReturn"; expected one of: hasCrimeOrPendingCase,'],
    ['an unknown kind', 'name: x\npopulation: { martians: {} }', 's.yaml: population.martians: unknown key "martians"; expected one of: chineseResidentInKorea, koreanCitizenInChina, emigrationApplication'],
    ['a probability above 1', 'name: x\nprobabilities: { agreesToReturn: 1.5 }', 's.yaml: probabilities.agreesToReturn: found 1.5, expected a probability in [0, 1]'],
    ['a probability as text', 'name: x\nprobabilities: { agreesToReturn: "0.5" }', 's.yaml: probabilities.agreesToReturn: found "0.5", expected a probability in [0, 1]'],
    ['a negative count', 'name: x\npopulation: { koreanCitizenInChina: { count: -3 } }', 's.yaml: population.koreanCitizenInChina.count: found -3, expected a non-negative integer'],
    ['a fractional count', 'name: x\npopulation: { koreanCitizenInChina: { count: 2.5 } }', 's.yaml: population.koreanCitizenInChina.count: found 2.5, expected a non-negative integer'],
    ['a share above 1', 'name: x\npopulation: { koreanCitizenInChina: { crossedAfterCableShare: 2 } }', 'found 2, expected a probability in [0, 1]'],
    ['an unknown distribution', 'name: x\ndurations: { review: { dist: gamma, shape: 2 } }', 's.yaml: durations.review.dist: found "gamma", expected one of fixed, uniform, exponential, lognormal'],
    ['a lognormal with p90 below the median', 'name: x\ndurations: { review: { dist: lognormal, median: 30, p90: 10 } }', 's.yaml: durations.review: found {"dist":"lognormal","median":30,"p90":10}, expected p90 > median'],
    ['a missing parameter', 'name: x\ndurations: { review: { dist: exponential } }', 's.yaml: durations.review.mean: missing; this key is required here'],
    ['a negative mean', 'name: x\ndurations: { review: { dist: exponential, mean: -1 } }', 's.yaml: durations.review.mean: found -1, expected a mean in days > 0'],
    ['an impossible date', 'name: x\nstartDate: 1957-02-30', 's.yaml: startDate: found "1957-02-30", expected a date YYYY-MM-DD'],
    ['zero replications', 'name: x\nreplications: 0', 's.yaml: replications: found 0, expected an integer from 1 to 100000'],
    ['an unknown reading option', 'name: x\nreadings: { postCableCrossings: maybe }', 's.yaml: readings: reading "postCableCrossings" has no option "maybe"'],
    ['a YAML syntax error', 'name: [x', 's.yaml: not valid YAML or JSON (line 1, column 9)'],
    ['a duplicate key', 'name: x\nname: y', 's.yaml: not valid YAML or JSON (line 2, column 1): Map keys must be unique'],
    ['an empty file', '', 's.yaml: found null, expected a mapping of scenario keys (at least "name")'],
    ['a list', '- name: x', 's.yaml: found [{"name":"x"}], expected a mapping of scenario keys'],
  ])('rejects %s with the field path, the value found and what is expected', (_, text, message) => {
    expect(() => loadScenario(text, 's.yaml')).toThrow(InputError);
    expect(() => loadScenario(text, 's.yaml')).toThrow(message);
  });

  describe('never crashes, hangs or leaks a stack trace: any input gives a scenario or an InputError', () => {
    /** Law: the loader's only failure is an InputError naming the file. */
    const total = (load: (text: string) => unknown) => (text: string) => {
      try {
        load(text);
      } catch (error) {
        if (!(error instanceof InputError) || !error.message.startsWith('f.yaml: ')) throw error;
      }
    };
    const valid = toYaml({ name: 'x', seed: 1, probabilities: { agreesToReturn: 0.5 }, durations: { review: { dist: 'exponential', mean: 3 } } });
    const inputs = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json().map(String),
      fc.jsonValue().map((v) => toYaml(v)),
      fc.jsonValue().map((v) => toYaml({ name: 'x', ...(typeof v === 'object' && v !== null && !Array.isArray(v) ? v : { seed: v }) })),
      fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)),
      fc.constantFrom(...Object.values(embeddedScenarios)).chain((t) => fc.nat({ max: t.length }).map((n) => t.slice(0, n))),
      fc.record({ key: fc.constantFrom('seed', 'replications', 'horizonDays', 'startDate', 'probabilities', 'durations', 'population', 'readings', 'sources'), value: fc.jsonValue() }).map(
        ({ key, value }) => toYaml({ name: 'x', [key]: value }),
      ),
      fc.constant('a: &a [*a, *a]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]'),
    );
    it('for arbitrary text, JSON, YAML, truncated files and wrong types', () => fc.assert(fc.property(inputs, total((t) => loadScenario(t, 'f.yaml')))));
    it('catches a loader that parses without guarding (a broken variant)', () => {
      const details = fc.check(fc.property(inputs, total((t) => parseYaml(t))), { numRuns: 2000 });
      expect(details.failed).toBe(true);
      expect(fc.defaultReportMessage(details)).toMatch(/seed/);
    });
  });
});

describe('loadScenario › the effective date (design §4, §6.10)', () => {
  it('refuses a startDate written before the effective date of the scenario\u2019s own readings, naming it', () => {
    expect(() => loadScenario('name: x\nstartDate: 1956-01-01\n', 'x.yaml')).toThrow(
      new InputError('x.yaml: startDate: 1956-01-01 is before the effective date 1957-12-17 (reading effectiveDate=issued)'),
    );
    expect(() => loadScenario('name: x\nstartDate: 1957-12-20\nreadings: { effectiveDate: received }\n', 'x.yaml')).toThrow(
      new InputError('x.yaml: startDate: 1957-12-20 is before the effective date 1957-12-21 (reading effectiveDate=received)'),
    );
    expect(loadScenario('name: x\nstartDate: 1957-12-21\nreadings: { effectiveDate: received }\n').startDate).toBe('1957-12-21');
  });
  it('moves a startDate inherited from the baseline to the effective date when the readings make it later', () => {
    expect(loadScenario('name: x\nreadings: { effectiveDate: received }\n').startDate).toBe('1957-12-21');
    expect(loadScenario('name: x\n').startDate).toBe('1957-12-17');
  });
  it('every embedded scenario starts on or after its effective date', () => {
    for (const name of Object.keys(embeddedScenarios)) {
      const s = embeddedScenario(name);
      expect(s.startDate >= effectiveDateOf(s.readings), name).toBe(true);
    }
  });
});
