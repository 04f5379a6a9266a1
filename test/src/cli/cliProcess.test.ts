import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDigest } from '../../../src/io/contentDigest.js';

// The CLI as users run it: the built dist/cli.js in a child process (npm test builds it first).
const cliPath = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cable1957-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd: dir, input: input ?? '', encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const saved = join(dir, 'saved.json');

describe('cable1957 (process)', () => {
  it('case: explains a case with clause citations', () => {
    const r = cli(['case', 'chineseResidentInKorea', '--facts', 'crossedOn=1957-05-01', '--events', 'authorities.screen,person.agreesToReturn@6']);
    expect(r.code).toBe(0);
    // Crossed in May 1957, handled from the effective date (design §4).
    expect(r.out).toContain('2. 1957-12-24  person: agreesToReturn — mobilized → repatriated.');
    expect(r.out).toContain('Outcome: repatriated; basis: 1a.');
  });

  it('case --save / --restore: resumes a saved case', () => {
    expect(cli(['case', 'koreanCitizenInChina', '--events', 'authorities.screen', '--save', saved]).code).toBe(0);
    const r = cli(['case', '--restore', saved, '--events', 'publicSecurity.repatriates', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ outcome: 'repatriated', steps: [{ event: 'authorities.screen' }, { event: 'publicSecurity.repatriates' }] });
  });

  it('case --interactive: steps a case from typed choices and ends with the explanation', () => {
    const r = cli(['case', 'koreanCitizenInChina', '--interactive'], '1\nnonsense\n2\nkorea.approvesResidence@30\n0\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('State: detected');
    expect(r.out).toContain('  1) authorities.screen');
    expect(r.out).toContain('not a choice: "nonsense"');
    expect(r.out).toContain('  0) end the run here: "residing" is a settled outcome');
    expect(r.out).toContain('→ 1958-01-18 korea.approvesResidence: approvalSought → residing (clauses 2b)');
    expect(r.out).toMatch(/Outcome: residing \(settled[^)]*\); basis: 2a, 2b\.\n$/);
  });

  it('case --interactive: ends cleanly when input ends', () => {
    const r = cli(['case', 'emigrationApplication', '--interactive'], '1\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('(end of input)');
    expect(r.out).toContain('Still open, in approved.');
  });

  it('diagram: writes Mermaid, DOT and SVG', () => {
    expect(cli(['diagram', 'emigrationApplication']).out).toMatch(/^stateDiagram-v2\n/);
    expect(cli(['diagram', 'emigrationApplication', '--format', 'dot']).out).toMatch(/^digraph "emigrationApplication"/);
    const svg = join(dir, 'e.svg');
    expect(cli(['diagram', 'emigrationApplication', '--format', 'svg', '--out', svg]).code).toBe(0);
    expect(readFileSync(svg, 'utf8')).toContain('<svg');
  });

  it('export-log: writes the built-in sample, or traces from JSON lines', () => {
    expect(cli(['export-log', '--format', 'csv']).out.split('\r\n')[0]).toBe('case_id,activity,timestamp,resource,state_from,state_to,clauses');
    const lines = join(dir, 'traces.jsonl');
    writeFileSync(lines, cli(['case', 'koreanCitizenInChina', '--events', 'authorities.screen', '--format', 'json']).out);
    const xes = cli(['export-log', '--format', 'xes', '--traces', lines]);
    expect(xes.out).toContain('<string key="concept:name" value="authorities.screen"/>');
    expect(cli(['export-log', '--format', 'csv', '--traces', '-'], readFileSync(lines, 'utf8')).out).toContain('authorities.screen');
  });

  describe('bad input: one line on stderr, exit code 2, no stack trace, no partial file', () => {
    writeFileSync(join(dir, 'corrupt.json'), '{"format":"cable1957.case/1","kind":"koreanCitizenInChina","snapshot":{"value":"nowhere"');
    const foreign = { format: 'cable1957.case/1', kind: 'koreanCitizenInChina', snapshot: { status: 'active', value: 'refused', context: {} }, trace: { input: {}, steps: [], start: '1957-01-01T00:00:00.000Z' } };
    // With a digest, so the trace shape check (not the digest) is what refuses it.
    writeFileSync(join(dir, 'foreign.json'), JSON.stringify({ ...foreign, digest: contentDigest(foreign) }));
    writeFileSync(join(dir, 'bad.jsonl'), '{"kind":"koreanCitizenInChina"}\n');
    it.each([
      ['unknown kind', ['case', 'martian'], 'cable1957: unknown case kind "martian"; the kinds are: chineseResidentInKorea, koreanCitizenInChina, emigrationApplication'],
      ['unknown fact', ['case', 'koreanCitizenInChina', '--facts', 'crime=true'], 'cable1957: koreanCitizenInChina: unknown fact "crime"; the facts are: caseId, crossedOn, hasCrimeOrPendingCase'],
      ['bad fact value', ['case', 'koreanCitizenInChina', '--facts', 'crossedOn=next week'], 'cable1957: koreanCitizenInChina: fact "crossedOn" must be a date YYYY-MM-DD; got "next week"'],
      // A fact with a closed set of values (FactSpec.oneOf): anything else is bad input, not a third place.
      ['fact outside its closed set', ['case', 'koreanCitizenInChina', '--facts', 'crimeWhere=abroad'], 'cable1957: koreanCitizenInChina: fact "crimeWhere" must be one of home, host; got "abroad"'],
      ['unknown event', ['case', 'koreanCitizenInChina', '--events', 'korea.consents'], 'cable1957: koreanCitizenInChina: unknown event "korea.consents"; its events are: '],
      ['event not accepted now', ['case', 'koreanCitizenInChina', '--events', 'korea.approvesResidence'], 'cable1957: koreanCitizenInChina: event "korea.approvesResidence" is not accepted in state "detected"; accepted there: authorities.screen, authorities.establishCrimeOrPendingCase'],
      ['corrupt snapshot file', ['case', '--restore', 'corrupt.json'], 'cable1957: corrupt.json: not valid JSON ('],
      ['foreign snapshot file', ['case', '--restore', 'foreign.json'], 'cable1957: foreign.json: trace: "kind" must be a string'],
      ['missing snapshot file', ['case', '--restore', 'nothing.json'], 'cable1957: nothing.json: cannot read the file (ENOENT)'],
      ['unknown reading', ['case', 'koreanCitizenInChina', '--readings', 'strict=yes'], 'cable1957: unknown reading "strict"; the readings are: '],
      ['bad diagram format', ['diagram', 'koreanCitizenInChina', '--format', 'png'], 'cable1957: diagram: --format must be one of mermaid, dot, svg; got "png"'],
      ['bad trace line', ['export-log', '--format', 'xes', '--traces', 'bad.jsonl', '--out', 'log.xes'], 'cable1957: bad.jsonl:1: "caseId" must be a non-empty string'],
    ])('%s', (_, args, message) => {
      const before = readdirSync(dir).sort();
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')).toHaveLength(2);
      expect(r.err).toContain(message);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(readdirSync(dir).sort()).toEqual(before);
    });
    it('leaves no file behind when a save fails mid-way', () => {
      const r = cli(['case', 'koreanCitizenInChina', '--events', 'authorities.screen,korea.consents', '--save', 'never.json']);
      expect(r.code).toBe(2);
      expect(existsSync(join(dir, 'never.json'))).toBe(false);
    });
  });
});
