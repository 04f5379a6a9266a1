import { Document, isCollection, isMap, isScalar, visit } from 'yaml';
import packageJson from '../../package.json' with { type: 'json' };
import { calibrationRanges } from '../scenario/calibrationRanges.js';
import type { Provenance, Scenario } from '../scenario/Scenario.js';
import type { CalibrationResult } from './CalibrationResult.js';

/** The provenance of a calibration, as the calibrated scenario records it. Pure. */
export function calibrationProvenance(result: CalibrationResult): Provenance {
  return {
    from: result.scenario,
    checks: result.calibrationChecks,
    heldOut: result.validationChecks,
    points: result.points,
    accepted: result.accepted,
    acceptedBy: result.acceptedBy,
    epsilon: result.epsilon,
    seed: result.seed,
    replicationsPerPoint: result.replicationsPerPoint,
    version: packageJson.version,
    posterior: Object.fromEntries(Object.entries(result.posterior).map(([key, q]) => [key, [q.p5, q.p50, q.p95] as const])),
  };
}

/**
 * The calibrated scenario as YAML: the resolved scenario (every key) with the chosen point's values,
 * named `<name>-calibrated`, seeded with the calibration's seed, and a `calibrated:` mapping saying
 * where the values come from. Each calibrated value carries its posterior range as a comment. Pure.
 */
export function calibratedScenarioText(scenario: Scenario, result: CalibrationResult): string {
  const ranges = calibrationRanges(scenario.calibrate, scenario, `scenario ${scenario.name}`);
  let s: Scenario = scenario;
  for (const r of ranges) s = r.apply(s, result.chosen.values[r.key]!);
  const provenance = calibrationProvenance(result);
  const calibrated = { ...s, name: `${scenario.name}-calibrated`, seed: result.seed, calibrated: provenance };
  const doc = new Document(calibrated);
  doc.commentBefore =
    ` cable1957 calibrated scenario, written by "cable1957 calibrate" ${provenance.version} from ${scenario.name}.\n` +
    ` The values marked "calibrated" are the accepted point nearest the posterior medians, one of\n` +
    ` ${result.accepted} points (of ${result.points}) ${result.acceptedBy === 'satisfies' ? 'consistent with the calibration checks' : `closest to the calibration checks: NONE satisfied them all`};\n` +
    ` the ranges are not historical certainty (see "cable1957 calibrate --help").`;
  // As people write scenarios: a distribution, a measure, an expectation or a row of numbers on one line.
  visit(doc, {
    Seq: (_, node) => void (node.items.every((item) => isScalar(item) && typeof item.value === 'number') && (node.flow = true)),
    Pair: (_, pair, path) => {
      const inDurations = path.at(-1) === doc.get('durations', true);
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (isMap(pair.value) && (inDurations || key === 'measure' || key === 'expect')) pair.value.flow = true;
    },
  });
  for (const r of ranges) {
    const path = r.key.split('.');
    // A flow mapping cannot hold a comment inside it: a duration's goes after the whole distribution.
    const node = doc.getIn(path[0] === 'durations' ? path.slice(0, 2) : path, true);
    const q = result.posterior[r.key]!;
    if (isScalar(node) || isCollection(node)) node.comment = ` calibrated: 5-95% over accepted points [${round(q.p5)}, ${round(q.p95)}], prior [${r.lo}, ${r.hi}]`;
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Four significant digits, enough for a comment. */
const round = (x: number) => Number(x.toPrecision(4));
