// npm run coverage:clauses — which clauses the tests exercise, by which tests and on which paths,
// and how much of the machines they cover: transitions taken and guard outcomes seen, per
// transition as written (one on a compound state counts once). Runs the
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
const guardRecords = [];
for (const r of records) {
  if (r.t === 'step') {
    for (const c of r.clauses) byClause.get(c)?.add(r.test);
    // A targetless transition records no `to`: the case stayed where it was.
    taken.add(`${r.kind}|${r.from}|${r.event}|${r.to ?? r.from}|${r.clauses.join(' ')}`);
  } else guardRecords.push(r);
}

// Coverage is counted per *written* transition: one on a compound state (clause 3 on `open`)
// counts once, and is covered when a test takes it from any leaf inside; a root-level one from
// any open leaf. Steps and guard outcomes are recorded with the leaf the case was in.
const problems = [];
let transitions = 0;
let covered = 0;
let guards = 0;
let seen = 0;
const paths = new Map(cable.clauses.map((c) => [c.id, 0]));
for (const [kind, machine] of Object.entries(caseMachines)) {
  const d = describeMachine(machine);
  const parentOf = new Map(d.states.map((s) => [s.name, s.parent]));
  const inside = (leaf, owner) => {
    for (let s = leaf; s !== null && s !== undefined; s = parentOf.get(s)) if (s === owner) return true;
    return owner === null;
  };
  const openLeaves = d.states.filter((s) => s.leaf && !s.final).map((s) => s.name);
  for (const t of d.transitions) {
    const froms = openLeaves.filter((leaf) => inside(leaf, t.from));
    const written = `${t.from ?? '*'} --${t.event}${t.guard ? ` [${t.guard}]` : ''}--> ${t.to ?? '(stays)'} [${t.clauses.join(' ')}]`;
    transitions++;
    if (froms.some((from) => taken.has(`${kind}|${from}|${t.event}|${t.toLeaf ?? from}|${t.clauses.join(' ')}`))) covered++;
    else problems.push(`${kind}: transition ${written} is taken by no test`);
    if (!t.guard) continue;
    for (const v of [true, false]) {
      guards++;
      const hit = guardRecords.some(
        (r) =>
          (r.kind === kind || r.kind === '*') &&
          r.guard === t.guard &&
          r.event === t.event &&
          r.result === v &&
          froms.includes(r.from ?? d.initial),
      );
      if (hit) seen++;
      else problems.push(`${kind}: guard ${t.guard} on ${written} is never ${v} in a test`);
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
