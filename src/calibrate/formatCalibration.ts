import type { CalibrationResult, CheckSummary, Quantiles } from './CalibrationResult.js';
import { describeExpectation, showMeasured } from '../report/describeCheck.js';

/** Output formats of a calibration. */
export const calibrationFormats = ['table', 'json'] as const;

/** One of the calibration formats. */
export type CalibrationFormat = (typeof calibrationFormats)[number];

const int = (x: number) => x.toLocaleString('en-US');
/** A number as a table shows it: four significant digits, integers whole. */
const num = (x: number) => (Number.isInteger(x) ? int(x) : Number(x.toPrecision(4)).toString());
const range = (q: Quantiles | null, show: (x: number) => string = num) => (q === null ? 'no estimate' : `${show(q.p5)} / ${show(q.p50)} / ${show(q.p95)}`);

function checkLines(checks: readonly CheckSummary[], accepted: number): string[] {
  const width = Math.max(5, ...checks.map((c) => c.id.length)) + 2;
  const expectations = checks.map((c) => describeExpectation(c.measure, c.expect));
  const ew = Math.max(6, ...expectations.map((e) => e.length)) + 2;
  return [
    `  ${'check'.padEnd(width)}${'expect'.padEnd(ew)}${'in region'.padStart(9)}  ${'consistent/inconsistent/undecided'.padEnd(35)}model 5% / 50% / 95%`,
    ...checks.map(
      (c, i) =>
        `  ${c.id.padEnd(width)}${expectations[i]!.padEnd(ew)}${`${c.satisfied}/${accepted}`.padStart(9)}  ${`${c.verdicts.consistent} / ${c.verdicts.inconsistent} / ${c.verdicts.undecided}`.padEnd(35)}${range(c.estimate, (x) => showMeasured(c.measure, x))}`,
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
