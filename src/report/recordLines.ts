import type { RecordResult } from '../record/RecordCheck.js';
import { describeExpectation, describeMeasure, showMeasured } from './describeCheck.js';

/**
 * The "model vs record" section of the table: each check's measure, the model's estimate with its
 * Monte Carlo interval, what the record leads us to expect, and the verdict, with the reminder of
 * what a verdict can and cannot mean.
 */
export function recordLines(record: readonly RecordResult[]): string[] {
  const lines = [
    'Model vs record — the machines state the policy on paper, the scenario assumes how it was carried out:',
    'a check the model fails is a finding about practice or about those assumptions, never a reason to edit a machine.',
    'The interval is Monte Carlo noise only, not uncertainty about history or about how the check reads its source.',
  ];
  for (const r of record) {
    const model =
      r.model.estimate === null || r.model.ci95 === null
        ? 'no estimate'
        : `${showMeasured(r.measure, r.model.estimate)} (95% CI ${showMeasured(r.measure, r.model.ci95[0])}–${showMeasured(r.measure, r.model.ci95[1])})`;
    lines.push(
      '',
      `  ${r.verdict.toUpperCase()}  ${r.id} [${r.use}]`,
      `    ${describeMeasure(r.measure)}: model ${model}; the record: ${describeExpectation(r.measure, r.expect)}`,
      `    says: ${r.says}`,
      `    source: ${r.source}`,
    );
    if (r.note) lines.push(`    (${r.note})`);
  }
  const tally = (v: string) => record.filter((r) => r.verdict === v).length;
  lines.push('', `  ${tally('consistent')} consistent, ${tally('inconsistent')} inconsistent, ${tally('undecided')} undecided (undecided: the interval straddles the expected bound; more replications may decide it)`);
  return lines;
}
