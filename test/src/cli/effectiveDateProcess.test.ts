import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDigest } from '../../../src/io/contentDigest.js';
import type { Trace } from '../../../src/case/Trace.js';
import { cliPath } from '../../support/spawnCli.js';

// Design §4 and §6.10 as users meet them: the built CLI in a child process, in a private folder.
const dir = mkdtempSync(join(tmpdir(), 'cable1957-effdate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const DAY_MS = 86_400_000;
/** A trace moved `days` earlier, start and steps alike: it still replays, step for step. */
const earlier = (t: Trace, days: number): Trace => {
  const back = (time: string) => new Date(Date.parse(time) - days * DAY_MS).toISOString();
  return { ...t, start: back(t.start), steps: t.steps.map((s) => ({ ...s, time: back(s.time) })) };
};
const trace = (args: string[]): Trace => JSON.parse(cli(['case', ...args, '--format', 'json']).out) as Trace;

describe('the effective date (process)', () => {
  describe('case', () => {
    it('default facts (crossedOn 1957-06-01) start at 1957-12-17 under the default reading, at 1957-12-21 under effectiveDate=received', () => {
      const issued = trace(['chineseResidentInKorea', '--events', 'authorities.screen,person.agreesToReturn']);
      expect(issued.input['crossedOn']).toBe('1957-06-01');
      expect(issued.start).toBe('1957-12-17T00:00:00.000Z');
      expect(issued.steps.map((s) => s.time.slice(0, 10))).toEqual(['1957-12-18', '1957-12-19']);
      const received = trace(['chineseResidentInKorea', '--readings', 'effectiveDate=received', '--events', 'authorities.screen']);
      expect(received.start).toBe('1957-12-21T00:00:00.000Z');
      expect(received.steps[0]!.time.slice(0, 10)).toBe('1957-12-22');
      // A crossing after the cable starts its case that day, as before.
      expect(trace(['koreanCitizenInChina', '--facts', 'crossedOn=1958-02-01']).start).toBe('1958-02-01T00:00:00.000Z');
    });
    it('the narrative says the case was handled from the effective date, not from its crossing', () => {
      const r = cli(['case', 'koreanCitizenInChina', '--events', 'authorities.screen']);
      expect(r.code).toBe(0);
      expect(r.out).toContain('from 1957-12-17:\n   crossedOn=1957-06-01; handled from the effective date 1957-12-17 (reading effectiveDate=issued): no step is dated before it.\n');
      expect(cli(['case', 'koreanCitizenInChina', '--facts', 'crossedOn=1958-02-01']).out).not.toContain('handled from');
    });
    it.each([
      [['chineseResidentInKorea', '--start', '1957-06-01'], "cable1957: case: --start 1957-06-01 is before the cable's effective date 1957-12-17 (reading effectiveDate=issued); no step may be dated earlier\n"],
      [['emigrationApplication', '--start', '1957-12-20', '--readings', 'effectiveDate=received'], "cable1957: case: --start 1957-12-20 is before the cable's effective date 1957-12-21 (reading effectiveDate=received); no step may be dated earlier\n"],
    ])('refuses an earlier --start: exit 2, one line naming the date (%j)', (args, message) => {
      const r = cli(['case', ...args, '--save', 'early.json']);
      expect([r.code, r.err, r.out]).toEqual([2, message, '']);
      expect(existsSync(join(dir, 'early.json'))).toBe(false);
    });
    it('--start on the effective date is fine', () => {
      expect(cli(['case', 'chineseResidentInKorea', '--start', '1957-12-17']).code).toBe(0);
    });
    it('--restore refuses a save whose trace starts before the effective date (resealed, so the date rule is what refuses it)', () => {
      expect(cli(['case', 'chineseResidentInKorea', '--events', 'authorities.screen', '--save', 'good.json']).code).toBe(0);
      const save = JSON.parse(readFileSync(join(dir, 'good.json'), 'utf8')) as Record<string, unknown>;
      const rest: Record<string, unknown> = { ...save, trace: earlier(save['trace'] as Trace, 30) };
      delete rest['digest'];
      writeFileSync(join(dir, 'early-save.json'), JSON.stringify({ ...rest, digest: contentDigest(rest) }));
      const r = cli(['case', '--restore', 'early-save.json']);
      expect([r.code, r.err, r.out]).toEqual([2, 'cable1957: early-save.json: trace: "start" 1957-11-17T00:00:00.000Z is before the effective date 1957-12-17 (reading effectiveDate=issued); no step of a case may be dated earlier\n', '']);
    });
  });

  describe('simulate', () => {
    it('refuses a scenario with startDate 1956-01-01: exit 2, one line naming the effective date', () => {
      writeFileSync(join(dir, 'x.yaml'), 'name: early\nstartDate: 1956-01-01\n');
      const r = cli(['simulate', '--scenario', 'x.yaml', '--replications', '1', '--out', 'result.txt']);
      expect([r.code, r.err, r.out]).toEqual([2, 'cable1957: x.yaml: startDate: 1956-01-01 is before the effective date 1957-12-17 (reading effectiveDate=issued)\n', '']);
      expect(existsSync(join(dir, 'result.txt'))).toBe(false);
    });
    it("reads the date from the scenario's own readings: 1957-12-18 is refused under effectiveDate=received", () => {
      writeFileSync(join(dir, 'r.yaml'), 'name: received\nstartDate: 1957-12-18\nreadings:\n  effectiveDate: received\n');
      expect(cli(['simulate', '--scenario', 'r.yaml', '--replications', '1']).err).toBe(
        'cable1957: r.yaml: startDate: 1957-12-18 is before the effective date 1957-12-21 (reading effectiveDate=received)\n',
      );
    });
  });

  describe('export-log', () => {
    it('refuses a trace dated before its effective date (one line, no output)', () => {
      const early = earlier(trace(['chineseResidentInKorea', '--facts', 'caseId=t1', '--events', 'authorities.screen@3']), 200);
      writeFileSync(join(dir, 'early.jsonl'), `${JSON.stringify(early)}\n`);
      const r = cli(['export-log', '--format', 'csv', '--traces', 'early.jsonl', '--out', 'log.csv']);
      expect([r.code, r.err, r.out]).toEqual([2, 'cable1957: early.jsonl:1: "start" 1957-05-31T00:00:00.000Z is before the effective date 1957-12-17 (reading effectiveDate=issued); no step of a case may be dated earlier\n', '']);
      expect(existsSync(join(dir, 'log.csv'))).toBe(false);
    });
    it('the built-in sample dates no event before the effective date', () => {
      for (const seed of ['1957', '0', '42']) {
        const r = cli(['export-log', '--format', 'csv', '--seed', seed]);
        expect(r.code).toBe(0);
        const times = r.out.trim().split('\n').slice(1).map((line) => line.split(',')[2]!);
        expect(times.length).toBeGreaterThan(5);
        expect(times.filter((t) => t < '1957-12-17')).toEqual([]);
      }
    });
  });
});
