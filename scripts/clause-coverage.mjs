// npm run coverage:clauses — which clauses the tests exercise, by which tests and on which paths,
// and how much of the machines they cover: transitions taken and guard outcomes seen. Runs the
// tests that drive the machines in-process with CLAUSE_COVERAGE set (test/setup/clauseCoverage.ts
// records every step and guard), then reads the records. Exits 1 if a clause the machines cite
// is exercised by no test, a transition is never taken, or a guard outcome is never seen:
// CI runs it, so a clause cannot silently lose its coverage.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cable, caseMachines, describeMachine, notModeled, verifyMachine, caseFacts, precedence } from '../dist/index.js';

const folder = 'reports/clause-coverage';
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
// CLAUSE_SUITES (space-separated) narrows the suites, e.g. to see which clauses one file covers.
const suites = process.env.CLAUSE_SUITES?.split(' ') ?? ['test/machines', 'test/src/case', 'test/src/monitor', 'test/src/verify', 'test/src/engine'];
execFileSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...suites, '--reporter=dot'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, CLAUSE_COVERAGE: folder, FC_NUM_RUNS: process.env.FC_NUM_RUNS ?? '200' },
});
const records = readdirSync(folder).flatMap((f) => readFileSync(`${folder}/${f}`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));

const byClause = new Map(cable.clauses.map((c) => [c.id, new Set()]));
const taken = new Set();
const outcomes = new Set();
for (const r of records) {
  if (r.t === 'step') {
    for (const c of r.clauses) byClause.get(c)?.add(r.test);
    taken.add(`${r.kind}|${r.from}|${r.event}|${r.to}|${r.clauses.join(' ')}`);
  } else outcomes.add(`${r.kind}|${r.guard}|${r.result}`);
}

const problems = [];
let transitions = 0;
let covered = 0;
let guards = 0;
let seen = 0;
const paths = new Map(cable.clauses.map((c) => [c.id, 0]));
for (const [kind, machine] of Object.entries(caseMachines)) {
  const d = describeMachine(machine);
  const open = d.states.filter((s) => !s.final).map((s) => s.name);
  for (const t of d.transitions) {
    const froms = t.from === null ? open : [t.from];
    for (const from of froms) {
      transitions++;
      if (taken.has(`${kind}|${from}|${t.event}|${t.to}|${t.clauses.join(' ')}`)) covered++;
      else problems.push(`${kind}: transition ${from} --${t.event}--> ${t.to} [${t.clauses.join(' ')}] is taken by no test`);
    }
  }
  for (const name of new Set(d.transitions.map((t) => t.guard).filter(Boolean))) {
    for (const v of [true, false]) {
      guards++;
      if (outcomes.has(`${kind}|${name}|${v}`) || outcomes.has(`*|${name}|${v}`)) seen++;
      else problems.push(`${kind}: guard ${name} is never ${v} in a test`);
    }
  }
  for (const p of verifyMachine(machine, caseFacts[kind], precedence.filter((x) => x.kind === kind)).paths) {
    for (const c of p.basis) paths.set(c, (paths.get(c) ?? 0) + 1);
  }
}
const cited = new Set(Object.values(caseMachines).flatMap((m) => describeMachine(m).transitions.flatMap((t) => t.clauses)));

const lines = ['clause  tests  paths  title', '------  -----  -----  -----'];
for (const c of cable.clauses) {
  const tests = byClause.get(c.id).size;
  const note = notModeled[c.id] ? '   (not modeled)' : '';
  lines.push(`${c.id.padEnd(6)}  ${String(tests).padStart(5)}  ${String(paths.get(c.id)).padStart(5)}  ${c.title}${note}`);
  if (cited.has(c.id) && tests === 0) problems.push(`clause ${c.id} (${c.title}) is exercised by no test`);
}
lines.push('', `transitions taken by tests: ${covered}/${transitions} (${((100 * covered) / transitions).toFixed(1)}%)`);
lines.push(`guard outcomes seen by tests: ${seen}/${guards} (${((100 * seen) / guards).toFixed(1)}%)`);
console.log(lines.join('\n'));
writeFileSync(
  'reports/clause-coverage.json',
  JSON.stringify(
    {
      clauses: Object.fromEntries(cable.clauses.map((c) => [c.id, { tests: [...byClause.get(c.id)].sort(), paths: paths.get(c.id) }])),
      transitions: { covered, total: transitions },
      guardOutcomes: { seen, total: guards },
      problems,
    },
    null,
    2,
  ),
);
console.log(`(tests by clause in reports/clause-coverage.json)`);
if (problems.length) {
  console.log(`\n${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
