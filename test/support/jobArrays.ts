import { spawn } from 'node:child_process';
import { cliPath } from './spawnCli.js';

/** This process's environment without any job-array variable it may have inherited. */
export const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLURM_|JOB_COMPLETION_INDEX|CABLE1957_)/.test(k)));

/**
 * The variables each task of a job array gets, as the schedulers set them: a Slurm array
 * `--array=1-3` (ids from 1), one `--array=5-8` (ids from 5) and a Kubernetes Indexed Job of 4
 * completions (indexes from 0, the count set in the manifest).
 */
export const jobArrays = {
  'Slurm --array=1-3': [1, 2, 3].map((id) => ({ SLURM_ARRAY_TASK_ID: `${id}`, SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '3' })),
  'Slurm --array=5-8': [5, 6, 7, 8].map((id) => ({ SLURM_ARRAY_TASK_ID: `${id}`, SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '5', SLURM_ARRAY_TASK_MAX: '8' })),
  'Kubernetes Indexed Job, completions 4': [0, 1, 2, 3].map((i) => ({ JOB_COMPLETION_INDEX: `${i}`, CABLE1957_SHARD_COUNT: '4' })),
};

/** Runs the built CLI in `cwd` with extra environment variables (on a clean one); resolves to exit code and stderr. */
export const runInArray = (cwd: string, args: string[], env: Record<string, string>) =>
  new Promise<{ code: number | null; err: string }>((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd, env: { ...cleanEnv, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.once('exit', (code) => resolve({ code, err }));
  });
