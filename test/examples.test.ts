import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const examples = readdirSync(new URL('../examples', import.meta.url)).filter((f) => /^\d\d-.*\.ts$/.test(f));

/** What each example must print: one line that shows it did its job. */
const expected: Record<string, RegExp> = {
  // Model version 2: 4b is in the basis whenever a case is punished (a post-cable crossing, marked at
  // screening), and the Korean side's handover cites 4a and 4d.
  '01-one-case.ts': /outcome: passportIssued; basis: 1a, 1b[\s\S]*outcome: repatriated; basis: 2a, 4b, 2b, 3; punishment: severe/,
  '02-explain-a-case.ts': /returnAndPunish[\s\S]*Outcome: repatriated; basis: 4a, 4b, 4d; punishment: severe\.[\s\S]*sameAsEarlierCrossers[\s\S]*Outcome: passportIssued; basis: 1a, 4b, 1b; punishment: severe\./,
  '04-monte-carlo.ts': /postCableCrossings = returnAndPunish\n {2}repatriated +\d+\.\d% {2}95% CI [\s\S]*postCableCrossings = sameAsEarlierCrossers[\s\S]*a passport takes \d+ days/,
  '06-monitors.ts': /the machine: repatriated — \d+ steps checked, no invariant broken\na broken copy: stopped — clause 3 \(crimeMeansRepatriation\) violated by chineseResidentInKorea case CRK-7/,
  '07-record-and-calibration.ts':
    /INCONSISTENT jilin1961-not-forced-back \[calibration\][\s\S]*koreaHandsOver 1\.00 +9\d\.\d% [\s\S]*accepted \d+ of 64 \(every calibration check satisfied\)[\s\S]*5\. After calibration[\s\S]*CONSISTENT {3}jilin1961-not-forced-back: model \d+\.\d%/,
  '03-event-log.ts': /OCEL 2\.0 with \d+ events and \d+ objects \(\d offices\)[\s\S]*XES with 15 traces[\s\S]*CSV with \d+ rows; header case_id,activity/,
};

describe('examples (each runs as a class would run it)', () => {
  it('has an expectation for every example', () => {
    expect(examples.sort()).toEqual(Object.keys(expected).sort());
  });
  it.each(examples)('%s runs and prints its result', (file) => {
    // An example that writes files takes a folder as its first argument: give it a fresh one.
    const out = mkdtempSync(join(tmpdir(), 'cable1957-example-'));
    try {
      expect(execFileSync(tsx, [`examples/${file}`, out], { cwd: root, encoding: 'utf8' })).toMatch(expected[file]!);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
