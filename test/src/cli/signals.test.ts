import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath } from '../../support/spawnCli.js';

// Every command ends on SIGINT, SIGTERM and SIGHUP with 128 + the signal's number, and leaves no
// temporary file; a replication of a billion cases hears the signal within a second or two.
const dir = mkdtempSync(join(tmpdir(), 'cable1957-signals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

// One replication of a billion cases: hours of work in one synchronous replication.
writeFileSync(join(dir, 'endless.yaml'), 'name: endless\nreplications: 1\npopulation:\n  chineseResidentInKorea:\n    count: 1000000000\n');

// Each run in a directory of its own, so one run's leftovers never show in another's.
const start = (args: string[]) => {
  const cwd = mkdtempSync(join(dir, 'run-'));
  const child = spawn(process.execPath, [cliPath, ...args], { cwd });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.once('exit', (code) => resolve({ code, at: Date.now() })));
  const files = () => readdirSync(cwd);
  const leftovers = () => files().filter((f) => f.includes('.tmp') || f.startsWith('never'));
  return { child, exited, err: () => err, cwd, files, leftovers };
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (what: () => boolean, child: ChildProcess) => {
  for (let i = 0; i < 200 && !what(); i++) await sleep(50);
  if (!what()) child.kill('SIGKILL');
  expect(what()).toBe(true);
};

describe('a signal inside one long replication (D2)', () => {
  it.each(['compiled', 'xstate'])('engine %s: SIGINT ends the run with 130 within 2 s, with no output file', async (engine) => {
    const run = start(['simulate', '--scenario', join(dir, 'endless.yaml'), '--engine', engine, '--quiet', '--out', 'never.json']);
    await sleep(1000);
    const sent = Date.now();
    run.child.kill('SIGINT');
    const timer = setTimeout(() => run.child.kill('SIGKILL'), 10_000); // the old build ignored it for hours
    const { code, at } = await run.exited;
    clearTimeout(timer);
    expect(code).toBe(130);
    expect(at - sent).toBeLessThan(2000);
    expect(run.err()).toContain('cable1957: interrupted');
    expect(run.leftovers()).toEqual([]);
  });
});

describe('SIGINT, SIGTERM and SIGHUP (D5)', () => {
  it.each(Object.entries(codes))('simulate (2 workers) on %s: exit %i', async (signal, expected) => {
    const run = start(['simulate', '--scenario', 'exodus1961', '--replications', '200', '--workers', '2', '--quiet', '--out', 'never.json']);
    await sleep(1500);
    run.child.kill(signal as NodeJS.Signals);
    expect((await run.exited).code).toBe(expected);
    expect(run.leftovers()).toEqual([]);
  });

  // A trace to stream, renamed for each line (export-log refuses repeated case ids and checks the
  // id against the input): export-log writes into its temporary file while standard input stays open.
  const trace = JSON.parse(spawnSync(process.execPath, [cliPath, 'case', 'koreanCitizenInChina', '--events', 'authorities.screen', '--format', 'json'], { encoding: 'utf8' }).stdout);
  const lines = (from: number, n: number) => Array.from({ length: n }, (_, i) => `${JSON.stringify({ ...trace, caseId: `case-${from + i}`, input: { ...trace.input, caseId: `case-${from + i}` } })}\n`).join('');

  it.each(Object.entries(codes))('export-log --out, mid-stream, on %s: exit %i, the old file kept, no temporary file', async (signal, expected) => {
    const run = start(['export-log', '--format', 'xes', '--traces', '-', '--out', 'log.xes']);
    writeFileSync(join(run.cwd, 'log.xes'), 'OLD\n');
    run.child.stdin!.write(lines(1, 50));
    await until(() => run.files().some((f) => f.startsWith('.log.xes.') && f.endsWith('.tmp')), run.child);
    run.child.kill(signal as NodeJS.Signals);
    expect((await run.exited).code).toBe(expected);
    expect(readFileSync(join(run.cwd, 'log.xes'), 'utf8')).toBe('OLD\n');
    expect(run.leftovers()).toEqual([]);
  });

  it.each(Object.entries(codes))('case --interactive waiting for input, on %s: exit %i', async (signal, expected) => {
    const run = start(['case', 'koreanCitizenInChina', '--interactive', '--save', 'never.json']);
    let out = '';
    run.child.stdout!.on('data', (d) => (out += d));
    await until(() => out.includes('choose>'), run.child);
    run.child.kill(signal as NodeJS.Signals);
    expect((await run.exited).code).toBe(expected);
    expect(run.leftovers()).toEqual([]);
  });
});
