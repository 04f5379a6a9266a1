import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cliPath } from '../../support/spawnCli.js';

// The classroom stepper (`case --interactive`, also behind `inspect --step`) as a class meets it:
// the built CLI, its answers typed on standard input (outside-checks D18).
const step = (args: string[], input: string) => {
  const r = spawnSync(process.execPath, [cliPath, 'case', ...args, '--interactive'], { encoding: 'utf8', input, timeout: 30000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const crosser = 'chineseResidentInKorea';

describe('case --interactive (process): what the stepper tells a class', () => {
  it("shows the case's facts before the first step", () => {
    const r = step([crosser, '--facts', 'crossedOn=1957-08-15,caseId=KCC-7'], 'q\n');
    expect(r.code).toBe(0);
    // Model version 2 adds the fact crimeWhere (default home).
    expect(r.out.split('\n')[1]).toBe('Facts: crossedOn=1957-08-15, hasCrimeOrPendingCase=false, crimeWhere=home (case KCC-7)');
  });

  it('describes each event by the branch that will run for this case, with where it leads and its clauses', () => {
    const innocent = step([crosser], 'q\n').out;
    // Descriptions as model version 2 words them (fidelity review §3).
    expect(innocent).toContain('  1) authorities.screen → mobilized (1a) — A crosser whom clause 1 covers is, in principle, mobilized by the Chinese side to return to China.\n');
    expect(innocent).not.toContain('Screening finds a crime');
    const guilty = step([crosser, '--facts', 'hasCrimeOrPendingCase=true'], 'q\n').out;
    expect(guilty).toContain('  1) authorities.screen → repatriated (3) — Screening finds a crime, or a pending civil or criminal case, that clause 3 covers: both sides absolutely repatriate the crosser.\n');
    // A reading changes the branch too: a post-cable crosser waits for the Korean side's handover
    // under 4a by default (model version 2), mobilized like earlier crossers under the other reading.
    expect(step([crosser, '--facts', 'crossedOn=1958-01-05'], 'q\n').out).toContain('  1) authorities.screen → handoverDue (4a, 4b) — ');
    expect(step([crosser, '--facts', 'crossedOn=1958-01-05', '--readings', 'postCableCrossings=sameAsEarlierCrossers'], 'q\n').out).toContain(
      '  1) authorities.screen → mobilized (1a) — ',
    );
  });

  it('answers a wrong entry with one line and asks again, without repeating the state', () => {
    const r = step([crosser], 'banana\nperson.agreesToReturn\n0\n99\n1@-3\n1\n');
    expect(r.code).toBe(0);
    expect(r.out.match(/^State: detected/gm)).toHaveLength(1);
    expect(r.out).toContain(
      [
        'choose> not a choice: "banana" — type 1–2, an event name, or q',
        'choose> "person.agreesToReturn" is not accepted in "detected"; accepted events now: authorities.screen, authorities.establishCrimeOrPendingCase',
        'choose> 0 ends only a settled case, and "detected" is still open: type 1–2, an event name, or q',
        'choose> not a choice: "99" — type 1–2, an event name, or q',
        'choose> event "1@-3": the days after "@" must be a decimal number from 0 to 36500; got "-3"',
        'choose> → 1957-12-18 authorities.screen: detected → mobilized (clauses 1a)', // crossed 1957-06-01, handled from the effective date
        '',
        'State: mobilized — ',
      ].join('\n'),
    );
  });

  it('wraps between words to the terminal width, never inside one', () => {
    // `script` gives the stepper a terminal of 60 columns.
    const r = spawnSync('script', ['-qec', `stty cols 60; ${process.execPath} ${cliPath} case ${crosser} --interactive`, '/dev/null'], { encoding: 'utf8', input: 'q\n', timeout: 30000 });
    const lines = r.stdout.replace(/\r/g, '').split('\n');
    const listed = lines.slice(lines.findIndex((l) => l.startsWith('Events accepted now')) + 1, lines.findIndex((l) => l.startsWith('choose>')));
    expect(listed.length).toBeGreaterThan(2); // wrapped at all
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(59);
    // Joined again, the wrapped lines are the sentence, word for word.
    expect(listed.map((l) => l.trim()).join(' ')).toContain('A crosser whom clause 1 covers is, in principle, mobilized by the Chinese side to return to China.');
  });

  it("ends with the explanation, each clause's paraphrase once however often it is cited", () => {
    const r = step([crosser], '1\nperson.refusesToReturn@10\n1\n1\n1\n');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Outcome: passportIssued; basis: 1a, 1b\.\n$/);
    // Clause 1b's title as model version 2 words it.
    expect(r.out.match(/^ {5}1b \(Remain with Korean consent\): /gm)).toHaveLength(1);
    expect(r.out.match(/^ {5}1b \(Remain with Korean consent\), as above$/gm)).toHaveLength(3);
  });
});
