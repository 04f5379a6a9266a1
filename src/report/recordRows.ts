import { csvField } from '../eventLog/csvLog.js';
import type { RecordResult } from '../record/RecordCheck.js';
import { describeExpectation, describeMeasure } from './describeCheck.js';

/** The record checks as CSV rows under their own header: one row per check. */
export function recordRows(record: readonly RecordResult[]): string[] {
  const rows = ['check,use,measure,estimate,ci95_low,ci95_high,expect,verdict,says,source'];
  for (const r of record) {
    const cells = [r.id, r.use, describeMeasure(r.measure), r.model.estimate ?? '', r.model.ci95?.[0] ?? '', r.model.ci95?.[1] ?? '', describeExpectation(r.measure, r.expect), r.verdict, r.says, r.source];
    rows.push(cells.map((x) => csvField(String(x))).join(','));
  }
  return rows;
}
