// Start-up of `simulate` for one case, whole process: `node dist/cli.js simulate --scenario FILE`
// on a scenario of one case and one replication, run N times (after one unmeasured run that warms
// the file cache); prints one JSON line { runs, medianMs, minMs, maxMs, nodeMs } — nodeMs is the
// median of `node -e 0`, the floor no CLI goes below.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const runs = Number(process.argv[2] ?? 21);
const dir = mkdtempSync(join(tmpdir(), 'cable1957-startup-'));
try {
  const file = join(dir, 'one-case.yaml');
  writeFileSync(
    file,
    'name: one-case\nreplications: 1\npopulation:\n  chineseResidentInKorea: { count: 1 }\n  koreanCitizenInChina: { count: 0 }\n  emigrationApplication: { count: 0 }\n',
  );
  const time = (args) => {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
  time([cli, 'simulate', '--scenario', file]);
  const cliMs = [];
  const nodeMs = [];
  // Alternated, so that both see the same machine.
  for (let i = 0; i < runs; i++) {
    cliMs.push(time([cli, 'simulate', '--scenario', file]));
    nodeMs.push(time(['-e', '0']));
  }
  console.log(JSON.stringify({ runs, medianMs: median(cliMs), minMs: Math.min(...cliMs), maxMs: Math.max(...cliMs), nodeMs: median(nodeMs) }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
