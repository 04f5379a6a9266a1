import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath } from '../../support/spawnCli.js';

// Inputs read whole are capped, so a huge or endless file costs a fraction of a second, not
// gigabytes (D13); more workers than help are not started.
const dir = mkdtempSync(join(tmpdir(), 'cable1957-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The timeout only guards the machine: an uncapped build reads /dev/zero until memory runs out.
const cli = (...args: string[]) => spawnSync(process.execPath, [cliPath, ...args], { cwd: dir, encoding: 'utf8', timeout: 15_000 });

const seventeenMb = 17 * 1024 * 1024;
writeFileSync(join(dir, 'huge.yaml'), `name: huge\ndescription: "${'x'.repeat(seventeenMb)}"\n`);
writeFileSync(join(dir, 'huge.json'), `${' '.repeat(seventeenMb)}{}`);

describe('files read whole are capped at 16 MB (D13)', () => {
  it.each([
    [['simulate', '--scenario', '/dev/zero'], 'cable1957: /dev/zero: larger than 16 MB, the most an input file may hold'],
    [['simulate', '--scenario', 'huge.yaml'], 'cable1957: huge.yaml: larger than 16 MB, the most an input file may hold'],
    [['inspect', '--scenario', '/dev/zero'], 'cable1957: /dev/zero: larger than 16 MB, the most an input file may hold'],
    [['case', '--restore', '/dev/zero'], 'cable1957: /dev/zero: larger than 16 MB, the most an input file may hold'],
    [['case', '--restore', 'huge.json'], 'cable1957: huge.json: larger than 16 MB, the most an input file may hold'],
  ])('%j: exit 2 and one line saying so', (args, message) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
  });

  it('still reads a scenario from a FIFO (process substitution)', () => {
    const r = spawnSync('sh', ['-c', `mkfifo sc.fifo && (printf 'name: piped\\nreplications: 1\\n' > sc.fifo &) && "${process.execPath}" "${cliPath}" simulate --scenario sc.fifo --format json`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).scenario.name).toBe('piped');
  });
});

describe('--workers beyond what helps (D13)', () => {
  // Threads of a running simulate, read from /proc while its workers are busy: the most seen over
  // 2.5 s of sampling. The run is far longer than that (10^8 cases), so it is still running when
  // interrupted, however fast the engine gets.
  const threadsWith = async (workers: number) => {
    writeFileSync(join(dir, 'busy.yaml'), 'name: busy\nreplications: 1000\npopulation:\n  chineseResidentInKorea:\n    count: 100000\n');
    const child = spawn(process.execPath, [cliPath, 'simulate', '--scenario', 'busy.yaml', '--workers', String(workers), '--quiet', '--out', 'busy.json'], { cwd: dir });
    const exited = new Promise((r) => child.once('exit', r));
    let threads = 0;
    for (let t = 0; t < 25; t++) {
      await new Promise((r) => setTimeout(r, 100));
      threads = Math.max(threads, Number(/^Threads:\s+(\d+)$/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]));
    }
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    return threads;
  };

  it.runIf(existsSync('/proc/self/status'))('starts no more threads for --workers 64 than for one worker per core', async () => {
    const perCore = await threadsWith(Math.min(availableParallelism(), 64));
    expect(await threadsWith(64)).toBeLessThanOrEqual(perCore + 2);
  });
});
