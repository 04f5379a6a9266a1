import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath } from '../../support/spawnCli.js';

// Start-up of `simulate` for one case is mostly module loading (issue #15: ≤ 150 ms): each command
// is imported only when it runs. Not timed (timings belong to `npm run bench`): the test asks which
// modules the process resolved, through a module hook.
const dir = mkdtempSync(join(tmpdir(), 'cable1957-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hooks = fileURLToPath(new URL('../../support/moduleLog.mjs', import.meta.url));

/** Runs the built CLI with the module log on; returns its exit code, output and the URLs it resolved. */
function loaded(args: readonly string[]) {
  const log = join(dir, `modules-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', hooks, cliPath, ...args], { encoding: 'utf8', env: { ...process.env, CABLE1957_MODULE_LOG: log } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, urls: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

// Packages only other commands need: the inspector's relay, WebSockets, Graphviz.
const othersOnly = ['@statelyai/inspect', 'ws', '@hpcc-js/wasm-graphviz'];
const mentions = (urls: readonly string[], pkg: string) => urls.some((u) => u.includes(`/node_modules/${pkg}/`));

describe('the CLI loads a command only when it runs', () => {
  it('simulate of one case resolves neither the inspector, nor WebSockets, nor Graphviz, nor other commands', () => {
    const scenario = join(dir, 'one.yaml');
    writeFileSync(scenario, 'name: one-case\nreplications: 1\npopulation:\n  chineseResidentInKorea: { count: 1 }\n  koreanCitizenInChina: { count: 0 }\n  emigrationApplication: { count: 0 }\n');
    const r = loaded(['simulate', '--scenario', scenario]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('chineseResidentInKorea — 1 cases × 1 replications');
    for (const pkg of othersOnly) expect(mentions(r.urls, pkg), pkg).toBe(false);
    // yaml is bundled into the CLI (tsup.config.ts): its CommonJS build would load 74 files one by one.
    expect(mentions(r.urls, 'yaml'), 'yaml from node_modules').toBe(false);
    const commands = r.urls.filter((u) => /\/dist\/\w+Command-[\w-]+\.js$/.test(u));
    expect(commands.map((u) => u.replace(/.*\/dist\/(\w+Command)-.*/, '$1'))).toEqual(['simulateCommand']);
  });

  it('--help loads no command at all, and an unknown command still lists them all', () => {
    const help = loaded(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('  sweep ');
    expect(help.urls.filter((u) => /Command-[\w-]+\.js$/.test(u))).toEqual([]);
    for (const pkg of ['xstate', 'yaml', ...othersOnly]) expect(mentions(help.urls, pkg), pkg).toBe(false);
    const unknown = loaded(['nonsense']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^cable1957: unknown command "nonsense"; the commands are: simulate, calibrate, .*sweep \(see "cable1957 --help"\)\n$/);
  });

  it('the inspector still loads its relay when it is the command that runs', () => {
    // The hook sees what loading does: a command that needs a package still gets it.
    const r = loaded(['inspect', '--help']);
    expect(r.status).toBe(0);
    expect(mentions(r.urls, '@statelyai/inspect') || mentions(r.urls, 'ws')).toBe(true);
  });
});
