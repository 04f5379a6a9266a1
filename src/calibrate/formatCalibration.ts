import type { CalibrationResult, CheckSummary, Quantiles } from './CalibrationResult.js';
import type { Expectation } from './recordStub.js';

/** Output formats of a calibration. */
export const calibrationFormats = ['table', 'json'] as const;

/** One of the calibration formats. */
export type CalibrationFormat = (typeof calibrationFormats)[number];

const int = (x: number) => x.toLocaleString('en-US');
/** A number as a table shows it: four significant digits, integers whole. */
const num = (x: number) => (Number.isInteger(x) ? int(x) : Number(x.toPrecision(4)).toString());
const range = (q: Quantiles | null) => (q === null ? 'no estimate' : `${num(q.p5)} / ${num(q.p50)} / ${num(q.p95)}`);

/** An expectation in a few characters: `≤ 0.5`, `0.2–0.4`, `0.3 ± 0.05`. */
function expectation(e: Expectation): string {
  if ('atLeast' in e) return `≥ ${num(e.atLeast)}`;
  if ('atMost' in e) return `≤ ${num(e.atMost)}`;
  if ('between' in e) return `${num(e.between[0])}–${num(e.between[1])}`;
  return `${num(e.about)} ± ${num(e.tolerance)}`;
}

function checkLines(checks: readonly CheckSummary[], accepted: number): string[] {
  const width = Math.max(4, ...checks.map((c) => c.id.length)) + 2;
  return [
    `  ${'check'.padEnd(width)}${'expect'.padEnd(14)}${'in region'.padStart(10)}  ${'consistent / inconsistent / undecided'.padEnd(40)}estimate 5% / 50% / 95%`,
    ...checks.map(
      (c) =>
        `  ${c.id.padEnd(width)}${expectation(c.expect).padEnd(14)}${`${c.satisfied}/${accepted}`.padStart(10)}  ${`${c.verdicts.consistent} / ${c.verdicts.inconsistent} / ${c.verdicts.undecided}`.padEnd(40)}${range(c.estimate)}`,
    ),
  ];
}

/** The calibration as a readable table. */
function table(r: CalibrationResult): string {
  const how =
    r.acceptedBy === 'satisfies'
      ? 'every calibration check satisfied'
      : `NO point satisfied every calibration check: accepted the closest ${num(r.epsilon * 100)}% by summed distance outside the expected regions`;
  const keyWidth = Math.max(10, ...Object.keys(r.posterior).map((k) => k.length)) + 2;
  const calibration = r.checks.filter((c) => c.use === 'calibration');
  const validation = r.checks.filter((c) => c.use === 'validation');
  const lines = [
    `calibrate ${r.scenario} — seed ${r.seed}, ${int(r.points)} points (Latin hypercube), ${r.replicationsPerPoint} replication${r.replicationsPerPoint === 1 ? '' : 's'} per point, engine ${r.engine}`,
    `accepted: ${int(r.accepted)} of ${int(r.points)} (${how})`,
    '',
    'posterior over the accepted points',
    `  ${'assumption'.padEnd(keyWidth)}${'prior'.padEnd(20)}5% / 50% / 95%`,
    ...Object.entries(r.posterior).map(([key, p]) => `  ${key.padEnd(keyWidth)}${`[${num(p.prior[0])}, ${num(p.prior[1])}]`.padEnd(20)}${range(p)}`),
    '',
    `calibration checks over the accepted points (used to accept them)`,
    ...checkLines(calibration, r.accepted),
    '',
    validation.length > 0 ? 'validation checks over the accepted points (held out: a test of the calibration)' : 'validation checks: none (the record holds no "use: validation" check)',
    ...(validation.length > 0 ? checkLines(validation, r.accepted) : []),
    '',
    `chosen point (accepted, nearest the posterior medians): #${r.chosen.point}  ${Object.entries(r.chosen.values).map(([k, v]) => `${k}=${num(v)}`).join(', ')}`,
    `${int(r.cases)} cases in ${r.timing.seconds.toFixed(1)} s: ${int(Math.round(r.timing.casesPerSecond))} cases/s`,
    '(ranges of assumptions consistent with a few aggregates of the record under this model: not historical certainty; assumptions can trade off against each other)',
  ];
  return `${lines.join('\n')}\n`;
}

/** Renders a calibration as a table or JSON (every field; `timing` is the one that varies between runs). Pure. */
export function formatCalibration(result: CalibrationResult, format: CalibrationFormat): string {
  return format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : table(result);
}
