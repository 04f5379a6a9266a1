import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { cliPath } from './spawnCli.js';

/** Starts the built CLI in `cwd`; kills it with `signal` after `ms` (unless it has ended); resolves to its exit code. */
export const runFor = (cwd: string, args: string[], ms: number, signal: NodeJS.Signals = 'SIGKILL') =>
  new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill(signal), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });

/** The checkpoint flags a restarted job uses: resume when the checkpoint `c.json` exists, else start one. */
export const checkpointFlags = (cwd: string) => (existsSync(join(cwd, 'c.json')) ? ['--resume', 'c.json'] : ['--checkpoint', 'c.json']);

/**
 * Law: killed with SIGKILL at any moments (before the first checkpoint, mid-replication, mid-write,
 * after the end) and restarted each time with --resume, the run's output is byte-identical to an
 * uninterrupted run's, whatever the workers. Each run works in a fresh directory under `dir`;
 * `finish` compares what the last run wrote there (to the files `out` names) with the uninterrupted run's.
 */
export const killedAndResumed = (dir: string, command: string[], finish: (cwd: string) => void, out: string[], maxKillMs = 1600) =>
  fc.asyncProperty(fc.array(fc.integer({ min: 0, max: maxKillMs }), { minLength: 1, maxLength: 2 }), fc.constantFrom('1', '2'), async (kills, workers) => {
    const cwd = mkdtempSync(join(dir, 'run-'));
    const args = (): string[] => [...command, '--workers', workers, '--checkpoint-every', '0', ...out, ...checkpointFlags(cwd)];
    for (const ms of kills) await runFor(cwd, args(), ms);
    const last = spawnSync(process.execPath, [cliPath, ...args()], { cwd, encoding: 'utf8' });
    expect(last.stderr.replace(/^cable1957: calibrated scenario written.*\n/m, '')).toBe('');
    expect(last.status).toBe(0);
    // What a killed write left behind, the resumed run removed.
    expect(readdirSync(cwd).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    finish(cwd);
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the built CLI in `cwd` with `args` and a checkpoint to `c.json` after every unit; once
 * the checkpoint exists, sends `signal`, aimed at a moment when a checkpoint is being written (its
 * temporary file exists) if one comes soon. Resolves to the exit code.
 */
export async function signalWhileCheckpointing(cwd: string, args: string[], signal: NodeJS.Signals): Promise<number | null> {
  const child = spawn(process.execPath, [cliPath, ...args, '--checkpoint-every', '0', '--checkpoint', 'c.json'], { cwd, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  for (let i = 0; i < 2000 && !existsSync(join(cwd, 'c.json')); i++) await sleep(5);
  for (let i = 0; i < 300 && !readdirSync(cwd).some((f) => f.endsWith('.tmp')); i++) await sleep(1);
  child.kill(signal);
  return exited;
}
