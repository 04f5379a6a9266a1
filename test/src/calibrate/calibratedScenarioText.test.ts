import { describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/calibrate/calibrate.js';
import { calibratedScenarioText } from '../../../src/calibrate/calibratedScenarioText.js';
import { loadScenario } from '../../../src/scenario/loadScenario.js';
import packageJson from '../../../package.json' with { type: 'json' };

const text = `name: small
seed: 5
sources: ["a source, with a comma"]
population:
  chineseResidentInKorea: { count: 100, crossedAfterCableShare: 1 }
durations:
  handover: { dist: lognormal, median: 60, p90: 180 }
record:
  - { id: half, source: "a test", says: "half", measure: { kind: chineseResidentInKorea, outcome: repatriated, by: 1958-06-30 }, expect: { atMost: 0.9 }, use: calibration }
  - { id: held, source: "a test", says: "held out", measure: { kind: chineseResidentInKorea, outcome: repatriated }, expect: { atLeast: 0 }, use: validation }
calibrate:
  probabilities.koreaHandsOver: [0.1, 0.9]
  durations.handover.median: [10, 100]
  population.chineseResidentInKorea.count: [50, 150]
`;

describe('calibratedScenarioText', () => {
  it('loads back as the scenario with the chosen values, renamed, with its provenance', async () => {
    const scenario = loadScenario(text, 'small.yaml');
    const result = await calibrate(scenario, { points: 6, seed: 9 });
    const written = calibratedScenarioText(scenario, result);
    const back = loadScenario(written, 'small-calibrated.yaml');
    const chosen = result.chosen.values;
    expect(back).toEqual({
      ...scenario,
      name: 'small-calibrated',
      seed: 9,
      probabilities: { ...scenario.probabilities, koreaHandsOver: chosen['probabilities.koreaHandsOver'] },
      durations: { ...scenario.durations, handover: { dist: 'lognormal', median: chosen['durations.handover.median'], p90: chosen['durations.handover.median']! * 3 } },
      population: { ...scenario.population, chineseResidentInKorea: { count: chosen['population.chineseResidentInKorea.count'], crossedAfterCableShare: 1 } },
      calibrated: {
        from: 'small',
        checks: ['half'],
        heldOut: ['held'],
        points: 6,
        accepted: result.accepted,
        acceptedBy: result.acceptedBy,
        epsilon: 0.05,
        seed: 9,
        replicationsPerPoint: 1,
        version: packageJson.version,
        posterior: Object.fromEntries(Object.entries(result.posterior).map(([k, q]) => [k, [q.p5, q.p50, q.p95]])),
      },
    });
    // Each calibrated value says where it comes from, on its own line.
    expect(written).toMatch(/^ {2}koreaHandsOver: [\d.]+ # calibrated: 5-95% over accepted points \[[\d.]+, [\d.]+\], prior \[0\.1, 0\.9\]$/m);
    expect(written).toMatch(/^ {2}handover: \{dist: lognormal, median: [\d.]+, p90: [\d.]+\} # calibrated: /m);
    expect(written).toMatch(/^ {4}count: \d+ # calibrated: /m);
    expect(written).toMatch(/^# cable1957 calibrated scenario, written by "cable1957 calibrate"/);
  });
});
