import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

describe('runCli', () => {
  it('prints help naming the commands and the framing', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/for study, not for decisions about real people/);
    expect(r.out).toMatch(/clauses/);
  });

  it('runs simulate of the baseline by default', async () => {
    const r = await cli('--replications', '2');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^baseline — seed 1957, 2 replications/);
  });

  it('prints the clause matrix', async () => {
    const r = await cli('clauses');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^3 {2}Crime means repatriation$/m);
    expect(JSON.parse((await cli('clauses', '--format', 'json')).out)).toHaveLength(13);
  });

  it('verifies the machines exhaustively and exits 0', async () => {
    const r = await cli('verify');
    expect(r.code).toBe(0);
    // Leaf states, and transitions as written: clause 3 counts once, on `open` (it was copied onto 6 states).
    expect(r.out).toMatch(/^chineseResidentInKorea — 1536 situations \(facts × readings\): states 10\/10 \(leaves, in compound open\), transitions 15\/15 \(as written\), guard outcomes 8\/8$/m);
    expect(r.out).toMatch(/verified: every state reachable/);
    expect(JSON.parse((await cli('verify', '--format', 'json')).out).problems).toEqual([]);
  });

  it('lists the readings with their defaults', async () => {
    const r = await cli('readings');
    expect(r.out).toMatch(/\* returnAndPunish/);
    expect(r.out).toMatch(/ {3}sameAsEarlierCrossers/);
  });

  it.each([
    [['bogus'], 'cable1957: unknown command "bogus"; the commands are: simulate, calibrate, compare, merge, case, diagram, export-log, inspect, viewer, verify, clauses, readings, machine, report, exercise, sweep (see "cable1957 --help")'],
    [['clauses', '--format', 'pdf'], 'cable1957: clauses: --format must be one of text, markdown, json; got "pdf"'],
    [['clauses', '--colour'], "cable1957: clauses: Unknown option '--colour' (see \"cable1957 clauses --help\")"],
  ])('rejects %j with one line on stderr and exit code 2', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`${message}\n`);
  });
});
