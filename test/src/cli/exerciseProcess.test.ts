import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath } from '../../support/spawnCli.js';

// `cable1957 exercise`, run as a student runs it: the built CLI in a process.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const kit = join(root, 'docs/teaching');
const solution = (name: string) => join(kit, 'solutions', name);
const starter = (folder: string, file = 'starter.mjs') => join(kit, 'exercises', folder, file);

const cli = (args: readonly string[], cwd = root) => {
  const r = spawnSync(process.execPath, [cliPath, 'exercise', ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

// A project outside the repository with cable1957 installed (as npm would: a folder in
// node_modules; here a link to this repository, whose `files` are what npm would install).
const outside = mkdtempSync(join(tmpdir(), 'cable1957-student-'));
mkdirSync(join(outside, 'node_modules'));
for (const [name, target] of [['cable1957', root], ['xstate', join(root, 'node_modules/xstate')], ['fast-check', join(root, 'node_modules/fast-check')]] as const) {
  symlinkSync(target, join(outside, 'node_modules', name), 'dir');
}
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('cable1957 exercise (process)', () => {
  it('lists the exercises by session, and says how to go on', () => {
    const r = cli([]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/session 1\n {3}1 {2}Step a case to each outcome\n[\s\S]*session 2\n[\s\S]*session 3\n[\s\S]* 8 {2}Write a record check\n/);
    expect(r.out).toContain('"npx cable1957 exercise N FILE"');
  });

  it('prints a task with its starter and the commands to copy and check it', () => {
    const r = cli(['1']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Exercise 1 — Step a case to each outcome/);
    expect(r.out).toContain('## Hint');
    expect(r.out).toContain('Starter: docs/teaching/exercises/01-step-to-each-outcome/starter.mjs');
    expect(r.out).toContain('cp docs/teaching/exercises/01-step-to-each-outcome/starter.mjs my-01.mjs\n  npx cable1957 exercise 1 my-01.mjs');
  });

  it('says PASS and exits 0 on a solution, FAIL with a hint and exits 1 on the untouched starter', () => {
    const pass = cli(['1', solution('01-step-to-each-outcome.mjs')]);
    expect(pass).toMatchObject({ code: 0, err: '' });
    expect(pass.out).toMatch(/^PASS exercise 1 \(Step a case to each outcome\): /);
    const fail = cli(['1', starter('01-step-to-each-outcome')]);
    expect(fail).toMatchObject({ code: 1, err: '' });
    expect(fail.out).toMatch(/^FAIL exercise 1 \(Step a case to each outcome\)\n {2}hint: walks\.repatriated is empty/);
  });

  it('checks a YAML hand-in, and runs a fast-check property from the student\u2019s own fast-check', () => {
    expect(cli(['8', solution('08-write-a-record-check.yaml')]).out).toMatch(/^PASS exercise 8 .*: dprk-citizens-documented-1959: consistent \(model /);
    expect(cli(['8', starter('08-write-a-record-check', 'starter.yaml')])).toMatchObject({ code: 1 });
    const property = cli(['3', solution('03-find-the-counterexample.mjs')]);
    expect(property.code).toBe(0);
    expect(property.out).toContain('fast-check shrank it to: [["authorities.screen","person.refusesToReturn","embassy.seeksConsent"]');
  });

  it('follows a student from the task to a first PASS in a project that installed cable1957 (plain .mjs, no TypeScript loader)', () => {
    const task = cli(['1'], outside);
    expect(task.code).toBe(0);
    const from = /^ {2}cp (\S+) my-01\.mjs$/m.exec(task.out)?.[1];
    expect(from).toBeDefined();
    copyFileSync(from!, join(outside, 'my-01.mjs'));
    expect(cli(['1', 'my-01.mjs'], outside).code).toBe(1);
    // The student fills in the walks (here: the solution's).
    writeFileSync(join(outside, 'my-01.mjs'), readFileSync(solution('01-step-to-each-outcome.mjs')));
    expect(cli(['1', 'my-01.mjs'], outside)).toMatchObject({ code: 0, err: '' });
    // Exercises whose files import cable1957, xstate and fast-check, from outside the repository.
    for (const [n, name] of [[4, '04-predict-a-reading.mjs'], [3, '03-find-the-counterexample.mjs'], [6, '06-the-1964-disaster-exception.mjs']] as const) {
      copyFileSync(solution(name), join(outside, name));
      expect(cli([String(n), name], outside), name).toMatchObject({ code: 0, err: '' });
    }
  });

  it('explains itself with --help', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: cable1957 exercise  /);
    expect(r.out).toMatch(/cable1957 exercise N FILE {7}check your FILE: PASS, or FAIL with a hint \(never the answer\)/);
    expect(r.out).toMatch(/Exit codes: 0 PASS[\s\S]*1 FAIL, 2 bad input/);
  });

  describe('bad input: one line on stderr naming the problem, exit 2, nothing on stdout', () => {
    const bad = mkdtempSync(join(tmpdir(), 'cable1957-bad-exercise-'));
    afterAll(() => rmSync(bad, { recursive: true, force: true }));
    writeFileSync(join(bad, 'syntax.mjs'), 'export const walks = {\n');
    writeFileSync(join(bad, 'throws.mjs'), "throw new Error('boom at the top level');\n");
    writeFileSync(join(bad, 'missing-import.mjs'), "import { nothing } from './nowhere.mjs';\nexport const walks = nothing;\n");
    mkdirSync(join(bad, 'folder.mjs'));
    const cases: [string, string[], RegExp][] = [
      ['an unknown exercise number', ['9'], /^cable1957: exercise: no exercise "9"; the exercises are 1–8 \(see "cable1957 exercise"\)\n$/],
      ['exercise 0', ['0'], /no exercise "0"/],
      ['a number that is not one', ['one'], /no exercise "one"/],
      ['a missing file', ['1', join(bad, 'nope.mjs')], /nope\.mjs: cannot read the file \(ENOENT\)\n$/],
      ['a folder', ['1', join(bad, 'folder.mjs')], /folder\.mjs: not a file\n$/],
      ['a missing YAML file', ['8', join(bad, 'nope.yaml')], /nope\.yaml: cannot read the file \(ENOENT\)\n$/],
      ['a syntax error', ['1', join(bad, 'syntax.mjs')], /syntax\.mjs: the file throws when it is imported: .+\n$/],
      ['a throw at the top level', ['1', join(bad, 'throws.mjs')], /throws\.mjs: the file throws when it is imported: boom at the top level\n$/],
      ['a failed import', ['1', join(bad, 'missing-import.mjs')], /missing-import\.mjs: the file throws when it is imported: Cannot find module .*nowhere\.mjs/],
      ['too many arguments', ['1', 'a.mjs', 'b.mjs'], /expected at most N and FILE; got 3 arguments/],
      ['an unknown flag', ['--solution'], /exercise: Unknown option '--solution'/],
    ];
    it.each(cases)('%s', (_, args, message) => {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(message);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    });
  });
});

describe('the package ships the kit without its solutions', () => {
  it('npm pack lists the lesson plan, every task and starter (and the broken machine), and no solution', () => {
    const json = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = (JSON.parse(json) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toContain('docs/teaching/README.md');
    for (const n of ['01-step-to-each-outcome', '08-write-a-record-check']) expect(files).toContain(`docs/teaching/exercises/${n}/README.md`);
    expect(files).toContain('docs/teaching/exercises/01-step-to-each-outcome/starter.mjs');
    expect(files).toContain('docs/teaching/exercises/08-write-a-record-check/starter.yaml');
    expect(files).toContain('docs/teaching/exercises/03-find-the-counterexample/broken.mjs');
    expect(files.filter((f) => f.includes('solutions'))).toEqual([]);
  });
});
