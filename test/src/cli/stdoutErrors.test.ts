import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath } from '../../support/spawnCli.js';

// Standard output that cannot be written is a failure with one line on stderr (exit 1), never a
// silent success or a stack trace; a reader that stops early (`| head`) is a quiet, normal end.
const dir = mkdtempSync(join(tmpdir(), 'cable1957-stdout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const commands = [
  ['simulate', '--replications', '1', '--quiet'],
  ['readings'],
  ['export-log', '--format', 'csv'],
  ['clauses', '--format', 'json'],
];

describe('standard output on /dev/full (D10)', () => {
  it.each(commands)('%s: exit 1 and one line naming standard output and ENOSPC', (...args) => {
    // Opening /dev/full for writing is harmless: every write to it fails with ENOSPC.
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [cliPath, ...args], { cwd: dir, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('cable1957: cannot write to standard output (ENOSPC)\n');
    } finally {
      closeSync(full);
    }
  });
});

describe('a closed standard output, `>&-` (D10)', () => {
  const closed = (args: string[]) => spawnSync('sh', ['-c', `exec "${process.execPath}" "${cliPath}" ${args.join(' ')} >&-`], { cwd: dir, encoding: 'utf8' });

  it.each(commands)('%s: exit 1 and one line (EBADF)', (...args) => {
    const r = closed(args);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('cable1957: cannot write to standard output (EBADF)\n');
  });

  it('is no failure for a command that writes only its --out file', () => {
    const r = closed(['simulate', '--replications', '1', '--out', 'r.txt']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(readdirSync(dir)).toContain('r.txt');
  });
});

describe('a reader that stops early (EPIPE)', () => {
  it('export-log into a pipe closed at once: exit 0, nothing on stderr', async () => {
    const child = spawn(process.execPath, [cliPath, 'export-log', '--format', 'xes'], { cwd: dir });
    child.stdout.destroy(); // the reader is gone before the first write
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(err).toBe('');
  });
});
