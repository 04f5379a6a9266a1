// npm run bench: cases/s and peak memory of the reference (XState) engine on the baseline at
// 10^4, 10^5 and 10^6 cases, each size in a fresh process, measured side by side in one run.
// The reference point for later speed work. Usage: node bench/reference.mjs [--sizes 1e4,1e5]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const arg = process.argv.indexOf('--sizes');
const sizes = (arg > 0 ? process.argv[arg + 1] : '1e4,1e5,1e6').split(',').map(Number);
const measure = fileURLToPath(new URL('./measureReference.mjs', import.meta.url));

console.log(`reference engine (xstate), baseline mix, 10 replications — node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`${'cases'.padStart(10)}  ${'seconds'.padStart(8)}  ${'cases/s'.padStart(9)}  ${'peak RSS MB'.padStart(11)}`);
const rows = [];
for (const n of sizes) {
  const r = JSON.parse(execFileSync(process.execPath, [measure, String(n), 'xstate'], { encoding: 'utf8' }).trim().split('\n').at(-1));
  rows.push(r);
  console.log(`${r.cases.toLocaleString('en-US').padStart(10)}  ${r.seconds.toFixed(2).padStart(8)}  ${Math.round(r.casesPerSecond).toLocaleString('en-US').padStart(9)}  ${r.peakRssMB.toFixed(0).padStart(11)}`);
}
if (rows.length > 1) {
  const first = rows[0];
  const last = rows.at(-1);
  console.log(`memory: ${(last.cases / first.cases).toFixed(0)}x the cases took ${(last.peakRssMB / first.peakRssMB).toFixed(2)}x the peak RSS`);
}
