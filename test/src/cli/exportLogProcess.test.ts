import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCase } from '../../../src/case/runCase.js';
import { cliPath } from '../../support/spawnCli.js';
import { ocelProblems, ocelSchemaErrors, xesXsd, xmlSchemaErrors, type OcelLog } from '../eventLog/eventLogChecks.js';

// export-log as users run it: the built dist/cli.js in a child process, in a private folder, with
// a private TMPDIR so a leaked OCEL spool folder would show.
const dir = mkdtempSync(join(tmpdir(), 'cable1957-export-'));
const tmp = join(dir, 'tmp');
mkdirSync(tmp);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], input = '', env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const files = () => readdirSync(dir).filter((f) => !f.startsWith('tmp')).sort();
const spools = () => readdirSync(tmp);
const line = (value: unknown) => `${JSON.stringify(value)}\n`;

/** A real trace (as `case --format json` prints it), to corrupt one field at a time. */
const good = JSON.parse(
  cli(['case', 'chineseResidentInKorea', '--facts', 'caseId=t1,crossedOn=1957-06-01', '--events', 'authorities.screen@3,person.refusesToReturn@10', '--format', 'json']).out,
);
const edited = (edit: (t: typeof good) => void) => {
  const t = structuredClone(good);
  edit(t);
  return t;
};

describe('cable1957 export-log (process)', () => {
  describe('case ids: unique by default, a repeat refused', () => {
    it('case without caseId names the case after its content: the same case the same id, another case another', () => {
      const id = (args: string[]) => JSON.parse(cli(['case', ...args, '--format', 'json']).out).caseId as string;
      const a = id(['chineseResidentInKorea', '--events', 'authorities.screen']);
      expect(a).toMatch(/^case-[0-9a-f]{12}$/);
      expect(id(['chineseResidentInKorea', '--events', 'authorities.screen'])).toBe(a);
      const others = [
        id(['chineseResidentInKorea', '--events', 'authorities.screen@2']),
        id(['chineseResidentInKorea']),
        id(['koreanCitizenInChina', '--events', 'authorities.screen']),
        id(['chineseResidentInKorea', '--events', 'authorities.screen', '--facts', 'crossedOn=1957-06-02']),
        id(['chineseResidentInKorea', '--events', 'authorities.screen', '--readings', 'postCableCrossings=sameAsEarlierCrossers']),
      ];
      expect(new Set([a, ...others]).size).toBe(6);
      expect(id(['chineseResidentInKorea', '--facts', 'caseId=mine'])).toBe('mine');
    });

    it("the README's recipe (append case lines, export them) gives one object per case and unique event ids", () => {
      const traces = join(dir, 'appended.jsonl');
      const lines = [
        ['chineseResidentInKorea', '--events', 'authorities.screen,person.agreesToReturn'],
        ['chineseResidentInKorea', '--events', 'authorities.screen,person.refusesToReturn'],
        ['koreanCitizenInChina', '--events', 'authorities.screen'],
      ].map((args) => cli(['case', ...args, '--format', 'json']).out);
      writeFileSync(traces, lines.join(''));
      const r = cli(['export-log', '--format', 'ocel', '--traces', traces]);
      expect(r.err).toBe('');
      const log = JSON.parse(r.out) as OcelLog;
      expect([...ocelSchemaErrors(log), ...ocelProblems(log)]).toEqual([]);
      expect(log.objects.filter((o) => o.id.startsWith('case:'))).toHaveLength(3);
      rmSync(traces);
    });

    it.each(['csv', 'xes', 'ocel'])('refuses two traces with one case id (%s): one line naming both lines, exit 2, no file, no spool', (format) => {
      writeFileSync(join(dir, 'dup.jsonl'), `${line(good)}\n${line(good)}`);
      const before = files();
      const r = cli(['export-log', '--format', format, '--traces', 'dup.jsonl', '--out', `dup.${format}`]);
      expect(r.code).toBe(2);
      expect(r.err).toBe('cable1957: dup.jsonl:3: case id "t1" is already used at dup.jsonl:1; case ids must be unique in a log\n');
      expect(files()).toEqual(before);
      expect(spools()).toEqual([]);
    });
  });

  describe('traces are replayed through the machine (D7): one line naming file:line and what disagrees, exit 2, no file, no spool', () => {
    const cases: [string, (t: typeof good) => void, string][] = [
      ['a step to an unknown state', (t) => (t.steps[1].to = 'flying'), 'steps[1] (person.refusesToReturn) goes "mobilized" → "flying" but with these facts and readings the machine goes "mobilized" → "refused"'],
      ['an unknown final state', (t) => (t.state = 'flying'), '"state" is "flying" but replaying the steps gives "refused"'],
      ['an unknown event', (t) => (t.steps[1].event = 'authorities.dance'), 'steps[1]: chineseResidentInKorea: unknown event "authorities.dance"'],
      ['a clause outside the registry', (t) => (t.steps[0].clauses = ['99q']), 'steps[0].clauses are ["99q"] but the transition cites ["1a"]'],
      ['a broken from/to chain', (t) => (t.steps[1].from = 'detected'), 'steps[1] starts in "detected" but the case is in "mobilized" there'],
      ['an impossible transition', (t) => (t.steps[0].to = 'residing'), 'steps[0] (authorities.screen) goes "detected" → "residing" but with these facts and readings the machine goes "detected" → "mobilized"'],
      ['facts that contradict the path', (t) => (t.input.hasCrimeOrPendingCase = true), 'steps[0] (authorities.screen) goes "detected" → "mobilized" but with these facts and readings the machine goes "detected" → "repatriated"'],
      ['an actor that is not the event\'s first word', (t) => (t.steps[0].actor = '<script>'), 'steps[0].actor is "<script>" but the event "authorities.screen" is "authorities"\'s'],
      ['a forged outcome', (t) => ((t.outcome = 'passportIssued'), (t.status = 'final')), '"status" is "final" but replaying the steps gives "open"'],
      ['a forged punishment', (t) => (t.punishment = 'severe'), '"punishment" is "severe" but replaying the steps gives none'],
      ['a forged basis', (t) => (t.basis = ['9z']), '"basis" is ["9z"] but replaying the steps gives ["1a","1b"]'],
      ['an event not accepted in its state', (t) => (t.steps[1].event = 'korea.consents'), 'steps[1]: chineseResidentInKorea: event "korea.consents" is not accepted in state "mobilized"'],
      ['a step index out of order', (t) => (t.steps[1].index = 5), 'steps[1].index is 5, expected 2'],
      ['a time not written as the clock writes it', (t) => (t.steps[1].time = '1958-06-14'), 'steps[1].time must be an ISO time in UTC'],
      ['a case id that is not the input\'s', (t) => (t.caseId = 't2'), 'caseId "t2" differs from input.caseId "t1b"'],
      ['an unknown fact', (t) => (t.input.crime = true), 'input has an unknown fact "crime"'],
      ['a prototype key as a fact', (t) => Object.defineProperty(t.input, '__proto__', { value: 1, enumerable: true }), 'input has an unknown fact "__proto__"'],
      ['a missing fact', (t) => delete t.input.crossedOn, 'input lacks the fact "crossedOn"'],
      ['an unknown reading option', (t) => (t.readings.koreanSideDeclines = 'shrug'), 'reading "koreanSideDeclines" has no option "shrug"'],
      ['an unknown reading', (t) => (t.readings.mood = 'sunny'), 'unknown reading "mood"'],
      ['a state with a line break and terminal escapes', (t) => (t.steps[1].from = 'x\n\u001b[31m\u009b2J'), 'steps[1] starts in "x\\n\\u001b[31m\\u009b2J" but the case is in "mobilized" there'],
      ['an unknown kind with a line break', (t) => (t.kind = 'martian\nkind'), 'unknown case kind "martian\\u000akind"'],
      ['readings that are not an object', (t) => (t.readings = null), '"readings" must be an object of reading names and options'],
    ];
    it.each(cases)('%s', (_, edit, message) => {
      const second = edited((t) => {
        t.caseId = 't1b';
        t.input.caseId = 't1b';
        edit(t);
      });
      writeFileSync(join(dir, 'bad.jsonl'), `${line(good)}${line(second)}`);
      const before = files();
      const r = cli(['export-log', '--format', 'ocel', '--traces', 'bad.jsonl', '--out', 'bad.ocel.json']);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`cable1957: bad.jsonl:2: ${r.err.slice('cable1957: bad.jsonl:2: '.length)}`);
      expect(r.err.split('\n')).toHaveLength(2);
      expect(r.err).toContain(message);
      expect(files()).toEqual(before);
      expect(spools()).toEqual([]);
    });
  });

  describe('XES conforms to IEEE 1849-2016 (xmllint with the standard XSD)', () => {
    it('the built-in sample', async () => {
      const r = cli(['export-log', '--format', 'xes']);
      expect(r.code).toBe(0);
      expect(await xmlSchemaErrors(r.out)).toEqual([]);
      expect(await xmlSchemaErrors(r.out.replace(' xmlns="http://www.xes-standard.org/"', ''), xesXsd)).toEqual([]);
    });
    it('cases made by the CLI with awkward ids (markup, quotes, Hangul, a line break)', async () => {
      const ids = ['a<b>&"c\'d', '조선 사람 1 — ü', 'line\nbreak'];
      const traces = ids.map((id, i) => cli(['case', 'koreanCitizenInChina', '--facts', `caseId=${id},crossedOn=1957-12-2${i}`, '--events', 'authorities.screen,publicSecurity.repatriates', '--format', 'json']).out).join('');
      const r = cli(['export-log', '--format', 'xes', '--traces', '-'], traces);
      expect(r.err).toBe('');
      expect(await xmlSchemaErrors(r.out)).toEqual([]);
      expect(r.out).toContain('value="a&lt;b&gt;&amp;&quot;c&apos;d"');
      expect(r.out).toContain('value="line&#10;break"');
      expect(r.out).toContain('<string key="punishment" value="severe"/>');
    });
  });

  describe('the OCEL spool folder never outlives the run', () => {
    it('TMPDIR naming a missing folder: one line, exit 2, nothing on stdout', () => {
      const r = cli(['export-log', '--format', 'ocel'], '', { TMPDIR: join(dir, 'missing') });
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toBe(`cable1957: OCEL: cannot make a temporary folder in "${join(dir, 'missing')}" (ENOENT); set TMPDIR to a writable folder\n`);
      const withOut = cli(['export-log', '--format', 'ocel', '--out', 'never.json'], '', { TMPDIR: join(dir, 'missing') });
      expect(withOut.code).toBe(2);
      expect(existsSync(join(dir, 'never.json'))).toBe(false);
    });

    /** Many distinct valid trace lines, enough that the log outgrows a pipe's buffer. */
    const manyTraces = (n: number) => {
      const t = runCase('koreanCitizenInChina', { caseId: 'x' }, ['authorities.screen']);
      return Array.from({ length: n }, (_, i) => line({ ...t, caseId: `c${i}`, input: { ...t.input, caseId: `c${i}` } })).join('');
    };

    it('a closed pipe (EPIPE) ends the run and removes the spool', async () => {
      const child = spawn(process.execPath, [cliPath, 'export-log', '--format', 'ocel', '--traces', '-'], { cwd: dir, env: { ...process.env, TMPDIR: tmp } });
      child.stdin.on('error', () => undefined); // the child may exit before it has read everything
      child.stdin.end(manyTraces(5000));
      await new Promise((resolve) => child.stdout.once('data', resolve));
      child.stdout.destroy();
      const code = await new Promise((resolve) => child.once('exit', resolve));
      expect(typeof code, 'the CLI exits by itself, not killed').toBe('number');
      expect(spools()).toEqual([]);
    });

    it.each([
      ['SIGINT', 130],
      ['SIGTERM', 143],
      ['SIGHUP', 129],
    ] as const)('%s mid-run: exit %i, no spool, no partial file', async (signal, expected) => {
      // A TMPDIR of its own, so one signal's leak cannot show up in another's test.
      const own = mkdtempSync(join(dir, `tmp-${signal}-`));
      const spools = () => readdirSync(own);
      const child = spawn(process.execPath, [cliPath, 'export-log', '--format', 'ocel', '--traces', '-', '--out', 'signalled.json'], { cwd: dir, env: { ...process.env, TMPDIR: own } });
      child.stderr.resume();
      child.stdin.on('error', () => undefined);
      // Traces arrive but stdin stays open: the run waits for more with its spool folder made.
      child.stdin.write(manyTraces(3));
      for (let i = 0; i < 200 && spools().length === 0; i++) await new Promise((r) => setTimeout(r, 25));
      expect(spools()).toHaveLength(1);
      const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill(signal);
      expect(await exited).toBe(expected);
      expect(spools()).toEqual([]);
      expect(files().filter((f) => f.includes('signalled'))).toEqual([]);
    });
  });

  it('binary garbage: one line, control characters escaped, exit 2', () => {
    writeFileSync(join(dir, 'garbage.jsonl'), Buffer.from([0, 1, 0x1b, 0x5b, 0x32, 0x4a, 0xff, 0xfe, 0x0a]));
    const r = cli(['export-log', '--format', 'csv', '--traces', 'garbage.jsonl', '--out', 'garbage.csv']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^cable1957: garbage\.jsonl:1: not valid JSON \(.*\\u0000\\u0001\\u001b\[2J.*\)\n$/);
    expect(existsSync(join(dir, 'garbage.csv'))).toBe(false);
    rmSync(join(dir, 'garbage.jsonl'));
  });

  it('a valid file still exports, in every format, with Windows line ends and a byte-order mark', () => {
    writeFileSync(join(dir, 'ok.jsonl'), `\uFEFF${line(good).replace('\n', '\r\n')}`);
    for (const format of ['csv', 'xes', 'ocel']) {
      const r = cli(['export-log', '--format', format, '--traces', 'ok.jsonl']);
      expect(r.err).toBe('');
      expect(r.out).toContain('person.refusesToReturn');
    }
    rmSync(join(dir, 'ok.jsonl'));
  });
});
