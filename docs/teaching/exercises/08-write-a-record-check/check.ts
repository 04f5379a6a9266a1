import { embeddedScenarios } from '../../../../machines/index.js';
import { embeddedScenario, loadScenario, simulate } from '../../../../src/index.js';
import type { CheckResult, LoadedFile } from '../../../../src/exercise/Exercise.js';
import { failed, passed, thrown } from '../support/failed.js';

const givenIds = new Set(Object.keys(embeddedScenarios).flatMap((name) => embeddedScenario(name).record.map((c) => c.id)));

/** Exercise 8: a scenario with a record check of the student's own that loads and reaches a verdict. */
export async function check(file: LoadedFile): Promise<CheckResult> {
  if (file.kind !== 'text') return failed('hand in a scenario file (YAML)');
  let scenario;
  try {
    scenario = loadScenario(file.text, file.path);
  } catch (error) {
    return failed(`the scenario does not load: ${thrown(error)}`);
  }
  if (scenario.record.length === 0) return failed('the scenario has no record: entry yet');
  if (scenario.replications > 20) return failed('keep replications at 20 or fewer: the check runs your scenario');
  for (const c of scenario.record) {
    if (givenIds.has(c.id)) return failed(`record check "${c.id}" is one of the embedded scenarios' checks: write one of your own`);
    if (!/\b1[89]\d\d\b/.test(c.source)) return failed(`record check "${c.id}": its source must name the document and its date (a year at least)`);
    if (c.says.trim().length < 10) return failed(`record check "${c.id}": "says" should give the finding in a few words`);
  }
  let result;
  try {
    result = await simulate(scenario, { engine: 'compiled' });
  } catch (error) {
    return failed(`the scenario does not run: ${thrown(error)}`);
  }
  const records = result.record ?? [];
  const undecided = records.find((r) => r.verdict === 'undecided');
  if (undecided) {
    return failed(`record check "${undecided.id}" is undecided: ${undecided.note ?? 'the model\u2019s interval straddles your threshold'}. Is the measure the quantity the finding speaks of, and the threshold your reading of its words?`);
  }
  const value = (x: number) => String(Number(x.toPrecision(3)));
  const verdicts = records
    .map((r) => `${r.id}: ${r.verdict} (model ${r.model.estimate === null ? '\u2014' : value(r.model.estimate)}${r.model.ci95 ? `, 95% interval ${value(r.model.ci95[0])}\u2013${value(r.model.ci95[1])}` : ''})`)
    .join('; ');
  return passed(`${verdicts}. A check that fails is a finding about practice or about the assumptions, never a reason to edit a machine`);
}
